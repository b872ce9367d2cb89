-- H2 has no partial indexes; the embedded default holds few cases, so plain indexes serve the queue.
create index case_file_open_by_due on case_file (review_due_at, severity, report_count, id);
create index case_file_open_by_category on case_file (category, review_due_at);
