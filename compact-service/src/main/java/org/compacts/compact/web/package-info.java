/**
 * What the web API of a compact shares across its parts: the {@link DayOfRecord}
 * constraint. Refusals and If-Match are service-kit's ({@code Refusal},
 * {@code ExpectedVersion}), mapped to problem details once there.
 */
@NullMarked
package org.compacts.compact.web;

import org.jspecify.annotations.NullMarked;
