package org.compacts.tenant.invitation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from the sender of invitation e-mails
 * @param validity how long an invitation can be accepted
 */
@ConfigurationProperties("compacts.invitations")
record InvitationProperties(@DefaultValue("compacts@localhost") String from, @DefaultValue("P7D") Duration validity) {
}
