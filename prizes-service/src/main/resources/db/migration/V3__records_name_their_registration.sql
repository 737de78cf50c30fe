-- participant.erased names one registration; a person who cancelled and registered again holds two in
-- the edition. Votes and nominations record the registration they were made under (the voter roll's
-- participant id) so that erasing one registration reaches exactly what was done under it.
-- NULL: made before this migration and not attributable below, or (nominations) submitted while the
-- roll knew no live registration of the proposer. Erasure reaches those through the subject only when
-- the person has no other live registration (RegistrationErasure). Kept after erasure: the id names
-- an anonymous registration by then.
ALTER TABLE vote ADD COLUMN voter_participant_id UUID;
ALTER TABLE nomination ADD COLUMN proposer_participant_id UUID;

-- Existing rows of people with exactly one registration in the edition are theirs (a vote needs a
-- CONFIRMED registration in the roll, and rows of earlier erased ones no longer carry the subject).
-- Whoever has several stays NULL: the roll does not say which was live when they acted.
CREATE TEMPORARY TABLE only_registration ON COMMIT DROP AS
    SELECT edition, subject, (array_agg(participant_id))[1] AS participant_id
      FROM eligible_voter
     WHERE subject IS NOT NULL
     GROUP BY edition, subject
    HAVING count(*) = 1;

UPDATE vote v SET voter_participant_id = o.participant_id
  FROM only_registration o
 WHERE v.edition = o.edition AND v.voter = o.subject;

UPDATE nomination n SET proposer_participant_id = o.participant_id
  FROM only_registration o
 WHERE n.edition = o.edition AND n.proposer = o.subject;
