-- issue 15: case numbers come from a sequence per property (casefile.CaseNumberGenerator), which
-- needs neither a lock held to the intake's commit nor a commit of its own. The day's row keeps
-- the sequence value its numbers count from; last_value stays for the days counted before.
alter table case_number_counter add column sequence_base bigint;
