-- participant.erased names one registration; a person who cancelled and registered again holds two in
-- the edition. A proposal records the proposer's registration it was made under (the participant read
-- model's id) so that erasing one registration reaches exactly what was done under it.
-- NULL: made before this migration and not attributable below, or proposed while the read model knew
-- no live registration of the proposer. Erasure reaches those through the subject only when the person
-- has no other live registration (RegistrationErasure). Kept after erasure: the id names an anonymous
-- registration by then.
ALTER TABLE proposal ADD COLUMN proposer_participant_id UUID;

-- Existing proposals of people with exactly one registration in the edition are theirs (rows of
-- earlier erased ones no longer carry the subject). Whoever has several stays NULL: the read model
-- does not say which was live when they proposed.
UPDATE proposal p SET proposer_participant_id = o.participant_id
  FROM (SELECT edition, subject, (array_agg(participant_id))[1] AS participant_id
          FROM participant
         WHERE subject IS NOT NULL
         GROUP BY edition, subject
        HAVING count(*) = 1) o
 WHERE p.edition = o.edition AND p.proposer_subject = o.subject;
