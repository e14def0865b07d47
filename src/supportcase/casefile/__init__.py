"""The case model and its portable YAML form."""

from supportcase.casefile.model import SCHEMA_VERSION, CaseFile
from supportcase.casefile.yaml_io import casefile_to_data, dump_casefile, parse_casefile

__all__ = ["SCHEMA_VERSION", "CaseFile", "casefile_to_data", "dump_casefile", "parse_casefile"]
