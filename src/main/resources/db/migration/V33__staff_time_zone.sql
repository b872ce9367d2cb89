-- A staff member's own time zone for the workspace's times (issue 16, the reviewer's day). Null: the zone the
-- browser reports, else the portal's recourse.staff.time-zone.
alter table staff_account add column time_zone varchar(64);
