-- Issue 18: the residents' page counts reports per address and wrong look-ups per case and per
-- address in this table, not in each node's memory: every node of a cluster sees the same counts
-- and locks, and a restart does not reopen a locked case to guessing. Only a SHA-256 of the key
-- (which holds an address or a case number) is kept.
create table resident_throttle (
    key_hash     varchar(64) primary key,
    window_start timestamp with time zone not null,
    attempts     integer     not null,
    locked_until timestamp with time zone
);
create index ix_resident_throttle_window on resident_throttle (window_start);
