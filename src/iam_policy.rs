//! IAM policy documents: parsing and evaluation (being written).
