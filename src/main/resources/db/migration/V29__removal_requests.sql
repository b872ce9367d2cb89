-- The 48-hour legal track (US TAKE IT DOWN Act): a valid removal request on a report, its deadline on the case.

-- The request's signature and how to reach the person: erased with the consented contact addresses (retention).
alter table report add column removal_signature varchar(200);
alter table report add column removal_email varchar(254);
alter table report add column removal_for_other boolean;
alter table report add column removal_requested_at timestamp with time zone;

-- The legal deadline of the case (48 hours from the first valid request), when to warn (80%), and the marks that
-- the SLA watch sets once each when it mails supervisors.
alter table case_file add column legal_requested_at timestamp with time zone;
alter table case_file add column legal_due_at timestamp with time zone;
alter table case_file add column legal_warn_at timestamp with time zone;
alter table case_file add column legal_warned_at timestamp with time zone;
alter table case_file add column legal_breached_at timestamp with time zone;

-- The queue sorts by the earlier of the review-due time and the legal deadline (cases.QueueOrder).
alter table case_file add column queue_due_at timestamp with time zone;
update case_file set queue_due_at = review_due_at;
alter table case_file alter column queue_due_at set not null;
create index case_file_queue_due on case_file (status, queue_due_at, severity, report_count, id);
create index case_file_legal_due on case_file (legal_due_at);
