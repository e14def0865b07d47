"""English evaluation documents: California orders and judgments, stipulations, DCSS
notices and statements, letters and e-mails. Fictional parties and case numbers, laid out
like the Judicial Council forms and DCSS mailings they imitate. Labels are what a careful
reader would write down; a field the text does not state is None.
"""

from __future__ import annotations

from typing import Any

from documents_zh import base_labels

Doc = dict[str, Any]


def foah(i: int, *, county: str, number: str, petitioner: str, respondent: str, payer: str,
         amount: str, due: str, due_label: str, start: str, start_iso: str, child: str,
         born: str, born_iso: str, date: str, date_iso: str, title: str = "FINDINGS AND ORDER AFTER HEARING",
         kind: str = "us_order", hs: bool = True) -> Doc:
    payee = "Petitioner" if payer == "Respondent" else "Respondent"
    obligor = respondent if payer == "Respondent" else petitioner
    obligee = petitioner if payer == "Respondent" else respondent
    end = ("until the child reaches age 18, or age 19 if the child is still a full-time high "
           "school student living at home" if hs else "until the child reaches age 18")
    return {"id": f"en-order-{i:02d}", "lang": "en", "kind": kind, "paragraphs": [
        f"SUPERIOR COURT OF CALIFORNIA, COUNTY OF {county.upper()}",
        f"PETITIONER: {petitioner}",
        f"RESPONDENT: {respondent}",
        f"CASE NUMBER: {number}",
        title,
        f"1. This proceeding was heard on {date} in Department 2 of the above-entitled court. "
        "Petitioner was present. Respondent was not present and was duly served with notice.",
        f"2. The court finds that the parties have one minor child: {child}, born {born}.",
        "3. The court has read and considered the income and expense declarations of the parties "
        "and the guideline calculation attached as Attachment 3.",
        f"4. THE COURT ORDERS: {payer} shall pay to {payee} child support of {amount} per month, "
        f"payable on the {due} of each month, beginning {start}, and continuing {end}, "
        "dies, marries, or becomes emancipated, or until further order of the court.",
        "5. An earnings assignment order for support shall issue.",
        "6. Each party shall pay one-half of uninsured health-care costs for the child.",
        f"Date: {date}",
        "JUDICIAL OFFICER"],
        "labels": base_labels(doc_type=kind, court=f"Superior Court of California, County of {county}",
                              case_number=number, obligor=obligor, obligee=obligee,
                              amount=amount.replace("$", "").replace(",", "").replace(".00", ""),
                              currency="USD", period="monthly", due_day=due_label,
                              start_date=start_iso, end_condition="age:18/hs:19" if hs else "age:18",
                              document_date=date_iso, child_name=child, child_birth_date=born_iso)}


def documents() -> list[Doc]:
    docs = [
        foah(1, county="Los Angeles", number="21STFL01234", petitioner="JANE DOE",
             respondent="JOHN ROE", payer="Respondent", amount="$1,250.00", due="first day",
             due_label="1", start="July 1, 2021", start_iso="2021-07-01", child="Emily Roe",
             born="March 1, 2015", born_iso="2015-03-01", date="June 15, 2021",
             date_iso="2021-06-15"),
        foah(2, county="Santa Clara", number="22FL004567", petitioner="MEI LI",
             respondent="QIANG WANG", payer="Respondent", amount="$2,100.00", due="15th day",
             due_label="15", start="January 1, 2023", start_iso="2023-01-01", child="Alex Wang",
             born="August 8, 2016", born_iso="2016-08-08", date="December 12, 2022",
             date_iso="2022-12-12"),
        foah(3, county="San Diego", number="20FL009876N", petitioner="DAVID CHEN",
             respondent="LAURA SMITH", payer="Petitioner", amount="$875.00", due="fifteenth day",
             due_label="15", start="October 1, 2020", start_iso="2020-10-01", child="Mia Chen",
             born="May 5, 2018", born_iso="2018-05-05", date="September 22, 2020",
             date_iso="2020-09-22", hs=False),
        foah(4, county="Orange", number="19D001122", petitioner="SARAH KIM",
             respondent="MICHAEL PARK", payer="Respondent", amount="$1,640.00", due="first day",
             due_label="1", start="February 1, 2019", start_iso="2019-02-01", child="Daniel Park",
             born="June 30, 2013", born_iso="2013-06-30", date="January 18, 2019",
             date_iso="2019-01-18", title="JUDGMENT REGARDING PARENTAL OBLIGATIONS",
             kind="us_judgment"),
        foah(5, county="Alameda", number="HF21098765", petitioner="ANNA ZHANG",
             respondent="KEVIN LIU", payer="Respondent", amount="$3,000.00", due="first day",
             due_label="1", start="April 1, 2021", start_iso="2021-04-01", child="Grace Liu",
             born="November 11, 2017", born_iso="2017-11-11", date="March 3, 2021",
             date_iso="2021-03-03", title="JUDGMENT (Family Law)", kind="us_judgment"),
        foah(6, county="Riverside", number="RIF2200456", petitioner="ROSA GARCIA",
             respondent="WEI ZHOU", payer="Respondent", amount="$500.00", due="5th day",
             due_label="5", start="June 1, 2022", start_iso="2022-06-01", child="Lucas Zhou",
             born="February 2, 2020", born_iso="2020-02-02", date="May 9, 2022",
             date_iso="2022-05-09"),
    ]
    for d in docs:
        d["id"] = d["id"].replace("en-order-04", "en-judgment-01").replace("en-order-05", "en-judgment-02")
    docs.append({"id": "en-stipulation-01", "lang": "en", "kind": "stipulation", "paragraphs": [
        "SUPERIOR COURT OF CALIFORNIA, COUNTY OF SAN FRANCISCO",
        "PETITIONER: LINDA HO",
        "RESPONDENT: PETER ZHAO",
        "CASE NUMBER: FDI-21-795432",
        "STIPULATION AND ORDER FOR CHILD SUPPORT",
        "The parties, Petitioner LINDA HO and Respondent PETER ZHAO, stipulate as follows:",
        "1. The parties are the parents of Olivia Zhao, born 04/02/2014.",
        "2. Respondent shall pay to Petitioner child support of $1,980.00 per month, due on the "
        "first day of each month, beginning September 1, 2021, until the child reaches age 18.",
        "3. The parties agree that this amount is below guideline and that the needs of the child "
        "will be adequately met.",
        "Dated: August 20, 2021",
        "IT IS SO ORDERED.",
        "JUDGE OF THE SUPERIOR COURT"],
        "labels": base_labels(doc_type="stipulation",
                              court="Superior Court of California, County of San Francisco",
                              case_number="FDI-21-795432", obligor="PETER ZHAO",
                              obligee="LINDA HO", amount="1980", currency="USD",
                              period="monthly", due_day="1", start_date="2021-09-01",
                              end_condition="age:18", document_date="2021-08-20",
                              child_name="Olivia Zhao", child_birth_date="2014-04-02")})
    docs.append({"id": "en-stipulation-02", "lang": "en", "kind": "stipulation", "paragraphs": [
        "SUPERIOR COURT OF CALIFORNIA, COUNTY OF SACRAMENTO",
        "PLAINTIFF: COUNTY OF SACRAMENTO",
        "DEFENDANT: RAYMOND TAN",
        "OTHER PARENT: JENNY WU",
        "CASE NUMBER: 24FL000321",
        "STIPULATION FOR JUDGMENT REGARDING PARENTAL OBLIGATIONS",
        "The Local Child Support Agency, Defendant and Other Parent stipulate as follows:",
        "Defendant RAYMOND TAN shall pay to the Local Child Support Agency for the benefit of the child "
        "current child support of $650.00 per month, payable on the first day of each month, "
        "beginning March 1, 2024.",
        "Defendant owes arrears of $7,800.00 through February 29, 2024.",
        "Dated: February 26, 2024"],
        "labels": base_labels(doc_type="stipulation",
                              court="Superior Court of California, County of Sacramento",
                              case_number="24FL000321", obligor="RAYMOND TAN", obligee=None,
                              amount="650", currency="USD", period="monthly", due_day="1",
                              start_date="2024-03-01", arrears_claimed="7800",
                              document_date="2024-02-26")})
    docs.append({"id": "en-dcss-notice-01", "lang": "en", "kind": "dcss_notice", "paragraphs": [
        "California Department of Child Support Services",
        "Los Angeles County Child Support Services Department",
        "NOTICE OF INTENT TO SUBMIT DEBT TO STATE TAX REFUND INTERCEPT",
        "Case Number: 200000001234567",
        "Paying Parent: JOHN ROE",
        "Receiving Parent: JANE DOE",
        "Notice Date: November 3, 2023",
        "Our records show that you owe past-due support of $18,750.00 as of October 31, 2023. "
        "Your current support order requires you to pay $1,250.00 per month.",
        "If you believe this amount is wrong, you must contact us within 30 days of the date of this notice "
        "to request an administrative review.",
        "Phone: (866) 901-3212"],
        "labels": base_labels(doc_type="dcss_notice", case_number="200000001234567",
                              obligor="JOHN ROE", obligee="JANE DOE", amount="1250",
                              currency="USD", period="monthly", arrears_claimed="18750",
                              document_date="2023-11-03")})
    docs.append({"id": "en-dcss-notice-02", "lang": "en", "kind": "dcss_notice", "paragraphs": [
        "CALIFORNIA DEPARTMENT OF CHILD SUPPORT SERVICES",
        "Santa Clara County Department of Child Support Services",
        "NOTICE OF DELINQUENCY",
        "Case Number: 200000009876543",
        "Noncustodial Parent: QIANG WANG",
        "Custodial Party: MEI LI",
        "Notice Date: 05/02/2024",
        "You have failed to pay the child support ordered in case number 22FL004567. Unpaid support "
        "totals $12,600.00. Monthly current support: $2,100.00.",
        "Unless payment is received within 30 days, your driver's license may be suspended."],
        "labels": base_labels(doc_type="dcss_notice", case_number="200000009876543",
                              obligor="QIANG WANG", obligee="MEI LI", amount="2100",
                              currency="USD", period="monthly", arrears_claimed="12600",
                              document_date="2024-05-02")})
    docs.append({"id": "en-dcss-statement-01", "lang": "en", "kind": "dcss_statement", "paragraphs": [
        "CALIFORNIA DEPARTMENT OF CHILD SUPPORT SERVICES",
        "MONTHLY BILLING STATEMENT OF ACCOUNT",
        "Case Number: 200000001234567",
        "Paying Parent: JOHN ROE",
        "Receiving Parent: JANE DOE",
        "Statement Date: January 5, 2024",
        "Current monthly support: $1,250.00 due on the 1st day of each month",
        "Payments received this period: $0.00",
        "Arrears balance: $20,000.00",
        "Make payments to the California State Disbursement Unit, P.O. Box 989067, West Sacramento, CA."],
        "labels": base_labels(doc_type="dcss_statement", case_number="200000001234567",
                              obligor="JOHN ROE", obligee="JANE DOE", amount="1250",
                              currency="USD", period="monthly", due_day="1",
                              arrears_claimed="20000", document_date="2024-01-05")})
    docs.append({"id": "en-dcss-statement-02", "lang": "en", "kind": "dcss_statement", "html": True,
                 "paragraphs": [
        "CALIFORNIA DEPARTMENT OF CHILD SUPPORT SERVICES",
        "Customer Connect - Case Statement of Account",
        "Case Number: 200000005550123",
        "Paying Parent: WEI ZHOU",
        "Receiving Parent: ROSA GARCIA",
        "Statement Date: 07/01/2024",
        "Current monthly support: $500.00 due on the 5th day of each month",
        "Arrears balance: $6,000.00"],
        "labels": base_labels(doc_type="dcss_statement", case_number="200000005550123",
                              obligor="WEI ZHOU", obligee="ROSA GARCIA", amount="500",
                              currency="USD", period="monthly", due_day="5",
                              arrears_claimed="6000", document_date="2024-07-01")})
    docs.append({"id": "en-hk-order-01", "lang": "en", "kind": "hk_order", "paragraphs": [
        "IN THE DISTRICT COURT OF THE",
        "HONG KONG SPECIAL ADMINISTRATIVE REGION",
        "FAMILY COURT",
        "Case No: FCMC-1234-2020",
        "BETWEEN",
        "Petitioner: CHAN TAI MAN",
        "Respondent: LEE SIU MEI",
        "ORDER",
        "UPON HEARING Counsel for the Petitioner and the Respondent in person, IT IS ORDERED that:",
        "1. The Petitioner shall pay to the Respondent maintenance for the child of the family, "
        "namely child support of HK$8,000.00 per month, payable on the first day of each month, "
        "beginning October 1, 2020, until the child attains the age of 18.",
        "Dated: September 14, 2020",
        "Registrar"],
        "labels": base_labels(doc_type="hk_order",
                              court="District Court of the Hong Kong Special Administrative Region",
                              case_number="FCMC-1234-2020",
                              obligor="CHAN TAI MAN", obligee="LEE SIU MEI", amount="8000",
                              currency="HKD", period="monthly", due_day="1",
                              start_date="2020-10-01", end_condition="age:18",
                              document_date="2020-09-14")})
    docs.append({"id": "en-letter-01", "lang": "en", "kind": "letter", "paragraphs": [
        "Harbor Family Law Clinic",
        "200 Main Street, Long Beach, CA 90802",
        "March 14, 2024",
        "Dear Mr. Roe,",
        "We represent Jane Doe in connection with the child support ordered in Los Angeles Superior Court "
        "case number 21STFL01234. Our client informs us that no support has been received since "
        "January 2023. The arrears now total $18,750.00 before interest.",
        "Please contact our office within 14 days to discuss payment.",
        "Sincerely,",
        "Maria Lopez, Attorney at Law"],
        "labels": base_labels(doc_type="letter", case_number="21STFL01234",
                              arrears_claimed="18750",
                              # completed 2026-11-22: the letter is dated on its own line
                              document_date="2024-03-14")})
    docs.append({"id": "en-email-01", "lang": "en", "kind": "email", "email": {
        "from": "Jane Doe <jane.doe@example.com>", "to": "intake@clinic.example.org",
        "subject": "Fwd: support order for my daughter", "date": "Tue, 09 Jan 2024 18:20:00 -0800",
        "attach": "en-order-01"}, "paragraphs": [
        "Hello,",
        "Attached is the order from 2021. John stopped paying in January 2023. I think he now lives "
        "in Shanghai. Can you help me enforce it there?",
        "Jane"],
        "labels": base_labels(doc_type="email")})
    docs.append({"id": "en-email-02", "lang": "en", "kind": "email", "email": {
        "from": "Mei Li <mei.li@example.com>", "to": "help@dcss.example.gov",
        "subject": "Question about my case 200000009876543", "date": "Fri, 10 May 2024 08:02:00 -0700"},
        "paragraphs": [
        "Dear caseworker,",
        "My case number is 200000009876543. The father has not paid since 2023 and the notice says "
        "unpaid support totals $12,600.00. He moved back to Beijing. What can I do?",
        "Thank you, Mei Li"],
        "labels": base_labels(doc_type="email", case_number="200000009876543",
                              arrears_claimed="12600")})
    return docs
