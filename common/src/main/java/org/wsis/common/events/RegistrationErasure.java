package org.wsis.common.events;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What one {@code participant.erased} reaches in a consumer's records. The event names a registration
 * (participantId), not a person: someone who cancelled and registered again holds two, and erasing the
 * old one must leave what they did under the live one. So records keep the registration they were made
 * under and erasure matches on it. Records that name none (made before consumers recorded it, or while
 * the consumer did not know the person's registration yet) are reached through the person's subject,
 * but only when the person has no other live registration in the edition: they may belong to that one,
 * and are erased with the person's last registration.
 *
 * @param participantId the registration erased
 * @param subject       the person's token subject as the consumer knew it (records made under the
 *                      registration carry it too; without it the consumer holds nothing of theirs)
 * @param unattributed  whether records that name no registration are reached too
 */
public record RegistrationErasure(UUID participantId, int edition, String subject, boolean unattributed) {

    public static RegistrationErasure of(UUID participantId, int edition, String subject,
                                         boolean otherLiveRegistration) {
        return new RegistrationErasure(participantId, edition, subject, !otherLiveRegistration);
    }

    /**
     * The JPQL condition selecting the records reached, given an entity's edition, subject and
     * registration attributes; its parameters are {@link #parameters()}. Records are matched on the
     * subject too, which they carry until erased, so the subject's index serves the update.
     */
    public String where(String editionAttribute, String subjectAttribute, String registrationAttribute) {
        String registration = registrationAttribute + " = :erasedRegistration";
        if (unattributed) {
            registration = "(" + registration + " OR " + registrationAttribute + " IS NULL)";
        }
        return editionAttribute + " = :erasedEdition AND " + subjectAttribute + " = :erasedSubject AND " + registration;
    }

    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("erasedEdition", edition);
        parameters.put("erasedSubject", subject);
        parameters.put("erasedRegistration", participantId);
        return parameters;
    }
}
