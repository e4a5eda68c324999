"""Everything a patient entered, as files they can take elsewhere (docs/exports.md).

`csv_export` returns a zip of CSV files, one per kind of record, with a README.txt;
`fhir_export` returns a FHIR R4 Bundle (type "collection") as a dict ready for JSON. Both
read the patient's rows through owner-scoped querysets in a fixed number of queries,
however long the diary is. The downloads use `csv_export_stream` and `fhir_export_stream`:
the same bytes in pieces, the rows read in chunks, memory independent of the diary's
length. The patient's own notes are in both: they are the patient's data.
"""

from diary.exports.csv import csv_export, csv_export_stream
from diary.exports.fhir import fhir_export, fhir_export_stream
from diary.exports.records import PatientRecords, load_records, stream_records

__all__ = [
    "PatientRecords",
    "csv_export",
    "csv_export_stream",
    "fhir_export",
    "fhir_export_stream",
    "load_records",
    "stream_records",
]
