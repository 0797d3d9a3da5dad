-- Issue 11 point 7 (COM-2, PUB-2): recurring obligations per month as well as per quarter. period_code is the
-- obligation's period (2017Q3 for a quarter, 2017-07 for a month); quarter_code stays the quarter containing it,
-- where the quarterly supervision counts it. Existing obligations are quarterly: their period is their quarter.
alter table obligation add column period_code varchar(10);
update obligation set period_code = quarter_code;
alter table obligation alter column period_code set not null;
alter table obligation drop constraint uk_obligation;
alter table obligation add constraint uk_obligation unique (definition_id, unit_id, period_code);
