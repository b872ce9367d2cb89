-- Issue 15, appeals finished: the appeal queue's SLA is watched, and a restoring appeal undoes the sanction its
-- decision caused.

-- When supervisors were told that an appeal had used 80% of its time, and that it was overdue: once each.
alter table appeal add column sla_warned_at timestamp with time zone;
alter table appeal add column sla_breached_at timestamp with time zone;

-- A strike whose removal an appeal reversed stays on record but no longer counts towards a ban.
alter table uploader_strike add column withdrawn_at timestamp with time zone;
alter table uploader_strike add column withdrawn_because varchar(200);
