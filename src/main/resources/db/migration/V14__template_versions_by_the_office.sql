-- Issue 14 part 5: the office creates a template version from an existing one in the browser. Who did it, from which
-- version, and why; a version shipped with the application has none of these.
alter table campaign_template add column based_on_version integer;
alter table campaign_template add column created_by varchar(64);
alter table campaign_template add column change_note varchar(500);
