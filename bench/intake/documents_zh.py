"""Chinese evaluation documents: the texts and their labels, written for supportcase.

Every document is fictional (names, case numbers, amounts), laid out the way the real kind
is: a 民事判决书 with its caption, parties, the claims recited, the court's reasoning and
the operative part; a 调解书 with 双方当事人自愿达成如下协议; divorce agreements from the
civil-affairs registry and private ones; notarised instruments; enforcement papers.
Labels are the values a careful reader would write down; a field the text does not state
is None.
"""

from __future__ import annotations

from typing import Any

Doc = dict[str, Any]

APPEAL = ("如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，"
          "上诉于{upper}。在中华人民共和国领域内没有住所的当事人，可以在判决书送达之日起三十日内提出上诉。")


def judgment(i: int, *, court: str, upper: str, number: str, plaintiff: str, p_sex: str,
             p_born: str, p_home: str, defendant: str, d_sex: str, d_born: str, d_home: str,
             child: str, child_sex: str, child_born: str, claim: str, order: str,
             shares: str, date_cn: str, labels: Doc, variant: int = 0) -> Doc:
    caption = [court, "民 事 判 决 书", number] if variant != 1 else [
        court, "民事判决书", f"{' ' * 14}{number}"]
    body = [
        f"原告：{plaintiff}，{p_sex}，{p_born}出生，汉族，住{p_home}。",
        "委托诉讼代理人：赵敏，北京市明理律师事务所律师。" if variant == 2 else None,
        f"被告：{defendant}，{d_sex}，{d_born}出生，汉族，现住{d_home}。",
        f"原告{plaintiff}与被告{defendant}抚养费纠纷一案，本院立案后，依法适用简易程序，公开开庭进行了审理。"
        f"原告{plaintiff}到庭参加诉讼，被告{defendant}经本院合法传唤无正当理由拒不到庭参加诉讼，本院依法缺席审理。"
        "本案现已审理终结。",
        f"{plaintiff}向本院提出诉讼请求：{claim}事实和理由：原、被告原系夫妻关系，"
        f"双方婚生{'子' if child_sex == '男' else '女'}{child}，{child_sex}，{child_born}出生。"
        "双方离婚后，孩子随原告共同生活，被告未能按时支付抚养费，孩子的生活、教育费用均由原告负担，故诉至法院。",
        f"本院经审理认定事实如下：原、被告于离婚时约定婚生子女由原告抚养。现{child}正在就读小学，"
        "原告提交了学费收据、医疗费票据等证据。",
        "本院认为，父母对子女有抚养教育的义务。父母不履行抚养义务的，未成年子女或者不能独立生活的成年子女，"
        "有要求父母给付抚养费的权利。抚养费的数额，可以根据子女的实际需要、父母双方的负担能力和当地的实际生活水平确定。"
        "依照《中华人民共和国民法典》第一千零六十七条、第一千零八十五条，"
        "《中华人民共和国民事诉讼法》第一百四十七条规定，判决如下：",
        f"一、{order}",
        f"二、{shares}" if shares else None,
        "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
        "加倍支付迟延履行期间的债务利息。",
        "案件受理费减半收取计150元，由被告负担。",
        APPEAL.format(upper=upper),
        "审判员　陈立新",
        date_cn,
        "书记员　刘芳",
    ]
    return {"id": f"zh-judgment-{i:02d}", "lang": "zh", "kind": "judgment",
            "paragraphs": caption + [b for b in body if b], "labels": labels}


def mediation(i: int, *, court: str, number: str, plaintiff: str, defendant: str,
              child: str, child_born: str, terms: list[str], date_cn: str, labels: Doc,
              traditional: bool = False) -> Doc:
    paragraphs = [
        court, "民 事 调 解 书", number,
        f"原告：{plaintiff}，女，1989年4月12日出生，汉族，住所地{court[:3]}。",
        f"被告：{defendant}，男，1987年9月30日出生，汉族，现居住于美国加利福尼亚州圣何塞市。",
        "案由：离婚纠纷",
        f"原告{plaintiff}与被告{defendant}离婚纠纷一案，本院于立案后依法适用简易程序进行了审理。",
        f"双方婚生子{child}，{child_born}出生。",
        "本案在审理过程中，经本院主持调解，双方当事人自愿达成如下协议：",
        *terms,
        "上述协议，不违反法律规定，本院予以确认。",
        "本调解书经双方当事人签收后，即具有法律效力。",
        "审判员　孙海燕",
        date_cn,
        "书记员　周倩",
    ]
    return {"id": f"zh-mediation-{i:02d}", "lang": "zh", "kind": "mediation_statement",
            "paragraphs": paragraphs, "labels": labels, "traditional": traditional}


def base_labels(**values: Any) -> Doc:
    fields = ["doc_type", "court", "case_number", "obligor", "obligee", "amount", "currency",
              "period", "due_day", "start_date", "end_condition", "arrears_claimed",
              "document_date", "child_name", "child_birth_date"]
    out: Doc = dict.fromkeys(fields)
    out.update(values)
    return out


def documents() -> list[Doc]:
    docs: list[Doc] = []
    # --- judgments: eight courts, numerals in words and in figures, different due days
    j = [
        dict(court="北京市朝阳区人民法院", upper="北京市第三中级人民法院", number="（2021）京0105民初12345号",
             plaintiff="李梅", defendant="王强", child="王小明", child_sex="男", child_born="2015年3月1日",
             claim="1.判令被告每月支付抚养费3000元；2.诉讼费由被告负担。",
             order="被告王强自2021年7月起于每月10日前支付原告李梅抚养费人民币贰仟伍佰元整，至王小明年满十八周岁止；",
             shares="王小明的教育费、医疗费凭正式票据由原告李梅与被告王强各负担50%；",
             date_cn="二〇二一年六月十五日", amount="2500", due="10", start="2021-07", end="age:18",
             ddate="2021-06-15"),
        dict(court="上海市浦东新区人民法院", upper="上海市第一中级人民法院", number="（2020）沪0115民初45678号",
             plaintiff="张丽", defendant="陈伟", child="陈思远", child_sex="男", child_born="2016年8月20日",
             claim="判令被告每月给付孩子抚养费4000元。",
             order="被告陈伟于每月五日前给付原告张丽抚养费4,000元，自2020年12月起至陈思远年满十八周岁时止；",
             shares="", date_cn="二〇二〇年十一月二十日", amount="4000", due="5", start="2020-12",
             end="age:18", ddate="2020-11-20"),
        dict(court="广东省广州市天河区人民法院", upper="广东省广州市中级人民法院",
             number="（2022）粤0106民初7788号", plaintiff="黄晓燕", defendant="林志强", child="林可欣",
             child_sex="女", child_born="2018年1月9日", claim="判令被告每月支付抚养费3500元至孩子成年。",
             order="被告林志强自2022年5月起每月20日前向原告黄晓燕支付婚生女林可欣的抚养费人民币3000.00元，至林可欣满十八周岁止；",
             shares="林可欣的医疗费、教育费凭票据由原告黄晓燕、被告林志强各半负担；",
             date_cn="二〇二二年四月八日", amount="3000", due="20", start="2022-05", end="age:18",
             ddate="2022-04-08"),
        dict(court="深圳市南山区人民法院", upper="广东省深圳市中级人民法院", number="（2023）粤0305民初2468号",
             plaintiff="刘芳华", defendant="赵建国", child="赵子豪", child_sex="男", child_born="2012年11月3日",
             claim="判令被告一次性支付孩子抚养费。",
             order="被告赵建国于本判决生效之日起三十日内一次性支付原告刘芳华婚生子赵子豪的抚养费人民币十五万元；",
             shares="", date_cn="二〇二三年九月一日", amount="150000", due=None, start=None,
             end=None, ddate="2023-09-01", period="once"),
        dict(court="浙江省杭州市西湖区人民法院", upper="浙江省杭州市中级人民法院",
             number="（2019）浙0106民初9012号", plaintiff="吴静", defendant="郑浩", child="郑雨桐",
             child_sex="女", child_born="2014年6月18日", claim="判令被告每月支付抚养费2000元。",
             order="被告郑浩自2019年10月1日起于每月月底前支付原告吴静抚养费一千八百元，至郑雨桐独立生活时止；",
             shares="", date_cn="二〇一九年九月十二日", amount="1800", due="last", start="2019-10-01",
             end="education_end", ddate="2019-09-12"),
        dict(court="四川省成都市武侯区人民法院", upper="四川省成都市中级人民法院",
             number="（2021）川0107民初33210号", plaintiff="杨秀英", defendant="何军", child="何佳怡",
             child_sex="女", child_born="2017年2月14日", claim="判令被告每月支付抚养费1500元。",
             order="被告何军自2021年3月起每月15日前给付原告杨秀英抚养费1500元，至何佳怡年满18周岁止；",
             shares="何佳怡的医疗费用凭票据由被告何军负担百分之五十；",
             date_cn="二〇二一年二月二十六日", amount="1500", due="15", start="2021-03", end="age:18",
             ddate="2021-02-26"),
        dict(court="湖北省武汉市江汉区人民法院", upper="湖北省武汉市中级人民法院",
             number="（2022）鄂0103民初1357号", plaintiff="马丽娟", defendant="徐斌", child="徐浩然",
             child_sex="男", child_born="2013年12月25日", claim="判令被告将抚养费由每月1000元增加至每月2200元。",
             order="被告徐斌自2022年8月起每月支付原告马丽娟的抚养费由1000元增加至2200元，于每月10日前付清，至徐浩然年满十八周岁止；",
             shares="", date_cn="二〇二二年七月十九日", amount="2200", due="10", start="2022-08",
             end="age:18", ddate="2022-07-19"),
        dict(court="江苏省南京市鼓楼区人民法院", upper="江苏省南京市中级人民法院",
             number="（2024）苏0106民初886号", plaintiff="周婷", defendant="孙磊", child="孙一诺",
             child_sex="女", child_born="2019年5月5日", claim="判令被告每月支付抚养费5000元。",
             order="被告孙磊自2024年4月起每月5日前支付原告周婷抚养费人民币叁仟伍佰元，至孙一诺年满十八周岁止，"
             "此后每两年递增百分之十；", shares="", date_cn="二〇二四年三月二十八日", amount="3500",
             due="5", start="2024-04", end="age:18", ddate="2024-03-28"),
        dict(court="重庆市渝中区人民法院", upper="重庆市第五中级人民法院",
             number="（2020）渝0103民初20231号", plaintiff="唐敏", defendant="David Miller",
             child="唐米乐", child_sex="男", child_born="2017年7月21日",
             claim="判令被告每月支付抚养费5000元。",
             order="被告David Miller自2020年11月起每月10日前支付原告唐敏抚养费人民币3,500元，至唐米乐年满十八周岁止；",
             shares="唐米乐的教育费、医疗费由原告唐敏与被告David Miller各负担50%；",
             date_cn="二〇二〇年十月三十日", amount="3500", due="10", start="2020-11", end="age:18",
             ddate="2020-10-30"),
        dict(court="陕西省西安市雁塔区人民法院", upper="陕西省西安市中级人民法院",
             number="（2021）陕0113民初8899号", plaintiff="白雪", defendant="任杰",
             child="任思雨", child_sex="女", child_born="2016年1月30日",
             claim="判令被告支付拖欠的抚养费36000元，并自2021年6月起每月支付抚养费1500元。",
             order="被告任杰自2021年6月起于每月25日前给付原告白雪抚养费壹仟伍佰元整，至任思雨年满十八周岁止；",
             shares="被告任杰于本判决生效后十日内支付原告白雪拖欠的抚养费共计36000元；",
             date_cn="二〇二一年五月十七日", amount="1500", due="25", start="2021-06", end="age:18",
             ddate="2021-05-17", arrears="36000"),
    ]
    for i, d in enumerate(j, start=1):
        docs.append(judgment(
            i, court=d["court"], upper=d["upper"], number=d["number"], plaintiff=d["plaintiff"],
            p_sex="女", p_born="1988年5月3日", p_home=f"{d['court'][:6]}某街道8号",
            defendant=d["defendant"], d_sex="男", d_born="1986年2月1日",
            d_home="美国加利福尼亚州洛杉矶市", child=d["child"], child_sex=d["child_sex"],
            child_born=d["child_born"], claim=d["claim"], order=d["order"], shares=d["shares"],
            date_cn=d["date_cn"], variant=i % 3,
            labels=base_labels(
                doc_type="judgment", court=d["court"], case_number=d["number"],
                obligor=d["defendant"], obligee=d["plaintiff"], amount=d["amount"],
                currency="CNY", period=d.get("period", "monthly"), due_day=d["due"],
                start_date=d["start"], end_condition=d["end"], document_date=d["ddate"],
                arrears_claimed=d.get("arrears"),
                child_name=d["child"], child_birth_date=_iso(d["child_born"]))))

    # --- mediation statements
    m = [
        dict(court="北京市海淀区人民法院", number="（2021）京0108民初56789号", plaintiff="高雪",
             defendant="韩冬", child="韩乐乐", born="2016年10月1日",
             terms=["一、原告高雪与被告韩冬自愿离婚；",
                    "二、婚生子韩乐乐由原告高雪抚养，被告韩冬自2021年9月起每月15日前给付抚养费人民币叁仟元，至韩乐乐十八周岁止；",
                    "三、双方无其他争议。"],
             date_cn="二〇二一年八月二十三日", amount="3000", due="15", start="2021-09",
             end="age:18", obligee="高雪", ddate="2021-08-23"),
        dict(court="上海市徐汇区人民法院", number="（2022）沪0104民初11223号", plaintiff="许琳",
             defendant="罗杰", child="罗安琪", born="2018年7月7日",
             terms=["一、原告许琳与被告罗杰离婚；",
                    "二、婚生女罗安琪随原告许琳生活，被告罗杰每月支付抚养费5,000元，于每月1日前支付，自2022年3月起至罗安琪年满十八周岁止；",
                    "三、罗安琪的教育费、医疗费由原、被告各承担一半。"],
             date_cn="二〇二二年二月十日", amount="5000", due="1", start="2022-03",
             end="age:18", obligee="许琳", ddate="2022-02-10"),
        dict(court="福建省厦门市思明区人民法院", number="（2020）闽0203民初6543号", plaintiff="蔡雅琴",
             defendant="郭志明", child="郭子轩", born="2015年4月22日",
             terms=["一、被告郭志明自2020年7月起每月10日前向原告蔡雅琴支付婚生子郭子轩抚养费2000元，至郭子轩年满十八周岁止；",
                    "二、被告郭志明于2020年7月31日前一次性支付原告蔡雅琴拖欠的抚养费共计24000元；",
                    "三、案件受理费减半收取50元，由被告负担。"],
             date_cn="二〇二〇年六月二十九日", amount="2000", due="10", start="2020-07",
             end="age:18", obligee="蔡雅琴", ddate="2020-06-29", arrears="24000"),
        dict(court="山东省青岛市市南区人民法院", number="（2023）鲁0202民初4321号", plaintiff="于晓",
             defendant="王海涛", child="王欣然", born="2020年1月16日",
             terms=["一、原告于晓与被告王海涛离婚；",
                    "二、婚生女王欣然由原告于晓抚养，被告王海涛自2023年6月起按季度支付抚养费，每季度支付人民币九千元，于每季度首月十日前付清，至王欣然年满十八周岁止；"],
             date_cn="二〇二三年五月十八日", amount="9000", due=None, start="2023-06",
             end="age:18", obligee="于晓", ddate="2023-05-18", period="quarterly"),
        dict(court="天津市和平区人民法院", number="（2022）津0101民初3030号", plaintiff="邓娜",
             defendant="冯涛", child="冯一鸣", born="2015年12月1日", obligor="邓娜",
             terms=["一、原告邓娜与被告冯涛离婚；",
                    "二、婚生子冯一鸣由被告冯涛抚养，原告邓娜自2022年10月起每月10日前给付被告冯涛抚养费人民币一千二百元，至冯一鸣年满十八周岁止；",
                    "三、原告邓娜每月可探望孩子两次。"],
             date_cn="二〇二二年九月二十一日", amount="1200", due="10", start="2022-10",
             end="age:18", obligee="冯涛", ddate="2022-09-21"),
    ]
    for i, d in enumerate(m, start=1):
        docs.append(mediation(
            i, court=d["court"], number=d["number"], plaintiff=d["plaintiff"],
            defendant=d["defendant"], child=d["child"], child_born=d["born"], terms=d["terms"],
            date_cn=d["date_cn"],
            labels=base_labels(
                doc_type="mediation_statement", court=d["court"], case_number=d["number"],
                obligor=d.get("obligor", d["defendant"]), obligee=d["obligee"], amount=d["amount"], currency="CNY",
                period=d.get("period", "monthly"), due_day=d["due"], start_date=d["start"],
                end_condition=d["end"], document_date=d["ddate"],
                arrears_claimed=d.get("arrears"), child_name=d["child"],
                child_birth_date=_iso(d["born"]))))
    docs += _others()
    return docs


def _others() -> list[Doc]:
    docs: list[Doc] = []
    docs.append({"id": "zh-divorce-01", "lang": "zh", "kind": "divorce_agreement", "paragraphs": [
        "离婚协议书",
        "男方：王强，男，汉族，1986年2月1日出生，身份证号码：110105198602011234，住北京市朝阳区。",
        "女方：李梅，女，汉族，1988年5月3日出生，身份证号码：110105198805032345，住北京市朝阳区。",
        "男女双方于2012年5月20日在北京市朝阳区民政局登记结婚，婚后于2015年3月1日生育一子王小明。"
        "因双方性格不合，无法继续共同生活，经双方协商一致，自愿离婚，并达成如下协议：",
        "一、男女双方自愿离婚。",
        "二、子女抚养：婚生子王小明（2015年3月1日出生）由女方抚养，男方每月支付抚养费人民币2000元，"
        "于每月5日前汇入女方指定账户，自2018年1月起至孩子年满十八周岁止。",
        "三、孩子的教育费、医疗费由双方各承担一半。",
        "四、夫妻共同财产：位于北京市朝阳区的房屋一套归女方所有。",
        "五、本协议一式三份，男女双方各执一份，婚姻登记机关存档一份。",
        "男方（签名）：王强　　女方（签名）：李梅",
        "2017年12月20日"],
        "labels": base_labels(doc_type="divorce_agreement", obligor="王强", obligee="李梅",
                              amount="2000", currency="CNY", period="monthly", due_day="5",
                              start_date="2018-01", end_condition="age:18",
                              document_date="2017-12-20", child_name="王小明",
                              child_birth_date="2015-03-01")})
    docs.append({"id": "zh-divorce-02", "lang": "zh", "kind": "divorce_agreement",
                 "table": [["甲方（男方）", "陈浩", "1985年7月9日出生", "现住美国加利福尼亚州尔湾市"],
                           ["乙方（女方）", "林晓红", "1987年3月15日出生", "住广东省深圳市福田区"]],
                 "paragraphs": [
        "离婚协议书",
        "甲乙双方因感情破裂，经协商一致，自愿离婚，达成协议如下：",
        "第一条 双方婚生女陈悦，2016年9月2日出生，离婚后随乙方生活。",
        "第二条 甲方每月10日前向乙方支付女儿抚养费人民币肆仟元整，自2019年7月起至陈悦大学毕业止。",
        "第三条 女儿的学费、医疗费由甲方负担百分之六十。",
        "第四条 甲方每年可探望女儿不少于两次。",
        "甲方：陈浩　　乙方：林晓红",
        "签订日期：2019年6月18日"],
        "labels": base_labels(doc_type="divorce_agreement", obligor="陈浩", obligee="林晓红",
                              amount="4000", currency="CNY", period="monthly", due_day="10",
                              start_date="2019-07", end_condition="education_end",
                              document_date="2019-06-18", child_name="陈悦",
                              child_birth_date="2016-09-02")})
    docs.append({"id": "zh-divorce-03", "lang": "zh", "kind": "divorce_agreement",
                 "encoding": "gb18030", "paragraphs": [
        "离 婚 协 议 书",
        "男方：刘洋，1984年3月3日出生，住江苏省苏州市姑苏区。",
        "女方：宋佳，1986年12月12日出生，住江苏省苏州市工业园区。",
        "双方于2010年10月1日登记结婚，育有一子刘天佑，2011年8月8日出生。现双方自愿离婚，协议如下：",
        "一、刘天佑由女方抚养。男方自2020年1月起每月给付抚养费2,500元，每月15号前付清，至刘天佑年满十八周岁止。",
        "二、男方尚欠女方的抚养费与本协议无关，另行处理。",
        "2019年12月26日"],
        "labels": base_labels(doc_type="divorce_agreement", obligor="刘洋", obligee="宋佳",
                              amount="2500", currency="CNY", period="monthly", due_day="15",
                              start_date="2020-01", end_condition="age:18",
                              document_date="2019-12-26", child_name="刘天佑",
                              child_birth_date="2011-08-08")})
    docs.append({"id": "zh-divorce-04-tw", "lang": "zh", "kind": "divorce_agreement",
                 "encoding": "big5", "paragraphs": [
        "兩願離婚協議書",
        "男方：黃志偉，民國七十四年生，住臺北市大安區。",
        "女方：林美玲，民國七十六年生，住臺北市信義區。",
        "雙方婚生子黃柏翰，2014年9月9日出生，離婚後由女方單獨行使親權。",
        "一、男方自2021年1月起，每月5日前給付女方子女扶養費新臺幣貳萬元，至黃柏翰年滿十八歲止。",
        "二、子女之教育費、醫療費由雙方各負擔二分之一。",
        "2020年12月10日"],
        "labels": base_labels(doc_type="divorce_agreement", obligor="黃志偉", obligee="林美玲",
                              amount="20000", currency="TWD", period="monthly", due_day="5",
                              start_date="2021-01", end_condition="age:18",
                              document_date="2020-12-10", child_name="黃柏翰",
                              child_birth_date="2014-09-09")})
    docs.append({"id": "zh-notary-01", "lang": "zh", "kind": "notarized_instrument", "paragraphs": [
        "公 证 书",
        "（2022）京长安内经证字第1234号",
        "申请人：王强，男，1986年2月1日出生。",
        "申请人：李梅，女，1988年5月3日出生。",
        "公证事项：具有强制执行效力的债权文书",
        "兹证明王强与李梅于2022年3月1日在本公证员面前签订了前面的《子女抚养费给付协议》。协议约定："
        "甲方王强自2022年3月起每月20日前向乙方李梅支付子女抚养费人民币4,000元，至王小明年满十八周岁止。"
        "甲方不履行或不适当履行的，乙方可以向有管辖权的人民法院申请强制执行。",
        "中华人民共和国北京市长安公证处",
        "公证员　郑华",
        "2022年3月1日"],
        "labels": base_labels(doc_type="notarized_instrument", case_number="（2022）京长安内经证字第1234号",
                              obligor="王强", obligee="李梅", amount="4000", currency="CNY",
                              period="monthly", due_day="20", start_date="2022-03",
                              end_condition="age:18", document_date="2022-03-01")})
    docs.append({"id": "zh-notary-02", "lang": "zh", "kind": "notarized_instrument", "paragraphs": [
        "公证书",
        "（2023）沪东方证字第5678号",
        "申请人：陈伟，男，1983年10月2日出生。",
        "申请人：张丽，女，1985年1月19日出生。",
        "公证事项：离婚协议",
        "兹证明陈伟与张丽于2023年4月10日签订了《离婚协议书》。协议第三条约定：婚生子陈思远由女方抚养，"
        "男方每月支付抚养费人民币陆仟元，于每月8日前支付，自2023年5月起至陈思远年满十八周岁止。",
        "上海市东方公证处",
        "公证员　钱卫东",
        "2023年4月10日"],
        "labels": base_labels(doc_type="notarized_instrument", case_number="（2023）沪东方证字第5678号",
                              obligor=None, obligee=None, amount="6000", currency="CNY",
                              period="monthly", due_day="8", start_date="2023-05",
                              end_condition="age:18", document_date="2023-04-10")})
    docs.append({"id": "zh-enforce-ruling-01", "lang": "zh", "kind": "enforcement_ruling", "paragraphs": [
        "北京市朝阳区人民法院", "执 行 裁 定 书", "（2023）京0105执12345号",
        "申请执行人：李梅，女，1988年5月3日出生，住北京市朝阳区。",
        "被执行人：王强，男，1986年2月1日出生，现住美国加利福尼亚州。",
        "申请执行人李梅与被执行人王强抚养费纠纷一案，本院作出的（2021）京0105民初12345号民事判决书已经发生法律效力。"
        "申请执行人李梅于2023年2月6日向本院申请强制执行。经查，被执行人王强尚欠抚养费共计人民币45,000元未履行。"
        "依照《中华人民共和国民事诉讼法》第二百五十三条规定，裁定如下：",
        "冻结、划拨被执行人王强在银行的存款人民币45,000元。",
        "本裁定立即执行。",
        "审判长　吴刚", "二〇二三年三月九日", "书记员　郑丽"],
        "labels": base_labels(doc_type="enforcement_ruling", court="北京市朝阳区人民法院",
                              case_number="（2023）京0105执12345号", arrears_claimed="45000",
                              document_date="2023-03-09")})
    docs.append({"id": "zh-enforce-notice-01", "lang": "zh", "kind": "enforcement_notice", "paragraphs": [
        "上海市浦东新区人民法院", "执 行 通 知 书", "（2024）沪0115执恢678号",
        "陈伟：",
        "申请执行人张丽与你抚养费纠纷一案，（2020）沪0115民初45678号民事判决书已经发生法律效力。"
        "申请执行人张丽向本院申请恢复执行。经查，你尚欠抚养费共计人民币56,000元。"
        "本院责令你自收到本通知书之日起立即履行上述法律文书确定的义务，并报告当前以及收到执行通知之日前一年的财产情况。",
        "特此通知。",
        "2024年1月15日"],
        "labels": base_labels(doc_type="enforcement_notice", court="上海市浦东新区人民法院",
                              case_number="（2024）沪0115执恢678号", arrears_claimed="56000",
                              document_date="2024-01-15")})
    docs.append({"id": "zh-ruling-01", "lang": "zh", "kind": "ruling", "paragraphs": [
        "广东省深圳市中级人民法院", "民 事 裁 定 书", "（2023）粤03民终15678号",
        "上诉人（原审被告）：赵建国，男，1980年6月6日出生。",
        "被上诉人（原审原告）：刘芳华，女，1982年8月8日出生。",
        "上诉人赵建国因与被上诉人刘芳华抚养费纠纷一案，不服广东省深圳市南山区人民法院（2023）粤0305民初2468号民事判决，"
        "向本院提起上诉。本院于2023年11月2日立案。上诉人赵建国在本院审理期间申请撤回上诉。",
        "本院认为，上诉人撤回上诉的申请不违反法律规定，依照《中华人民共和国民事诉讼法》第一百八十条规定，裁定如下：",
        "准许赵建国撤回上诉。一审判决自本裁定书送达之日起发生法律效力。",
        "本裁定为终审裁定。", "审判长　李国庆", "二〇二三年十二月四日", "书记员　王晶"],
        "labels": base_labels(doc_type="ruling", court="广东省深圳市中级人民法院",
                              case_number="（2023）粤03民终15678号", document_date="2023-12-04")})
    docs.append({"id": "zh-email-01", "lang": "zh", "kind": "email", "email": {
        "from": "李梅 <limei@example.cn>", "to": "help@legalaid.example.org",
        "subject": "关于王强拖欠抚养费的情况", "date": "Mon, 06 Feb 2023 09:15:00 +0800",
        "attach": "zh-divorce-01"}, "paragraphs": [
        "您好：",
        "我和王强于2017年离婚，离婚协议约定他每月支付抚养费2000元。自2021年1月起他没有再付过钱，"
        "到现在一共拖欠抚养费48000元。他现在住在美国加州，请问我该怎么办？附件是离婚协议。",
        "李梅"],
        "labels": base_labels(doc_type="email", arrears_claimed="48000")})
    return docs


def _iso(zh_date: str) -> str:
    import re

    y, m, d = (int(x) for x in re.findall(r"\d+", zh_date))
    return f"{y:04d}-{m:02d}-{d:02d}"
