-- The portal's own reports (stay-down screening, the sweep) say what happened as a message key and its arguments, so
-- that each reviewer reads it in the page's language; details keeps the English words for exports.
alter table report add column note_key varchar(60);
-- The arguments, separated by the unit separator (U+001F); an argument '#key' is itself a message.
alter table report add column note_args varchar(1000);
