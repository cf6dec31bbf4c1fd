/**
 * Who follows whom: each compact's level, parent, adoption and whether it is archived, as
 * tenant-service's events ({@code compacts.tenant-events}) last said, kept platform-wide
 * in {@code federation_member}. {@link org.compacts.compact.federation.Federation}
 * answers a compact's parent and a county's followers, for the roll-up and the county's
 * read of what its districts share with it.
 */
@NullMarked
package org.compacts.compact.federation;

import org.jspecify.annotations.NullMarked;
