package org.compacts.tenant.registry;

import jakarta.persistence.Embeddable;

/**
 * What the public site of a compact shows about it: the area it covers, a contact, its
 * own website.
 */
@Embeddable
record Profile(String area, String contact, String website) {
}
