"""What is kept: the database, its tables and migrations, intake outcomes, transcripts and exports.
Storage knows nothing of the intake rules; callers hand it facts and decisions."""
