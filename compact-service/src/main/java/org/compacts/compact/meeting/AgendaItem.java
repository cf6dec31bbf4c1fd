package org.compacts.compact.meeting;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** An item of the agenda and, once written, its minutes. */
@Embeddable
record AgendaItem(String title, @Nullable String minutes) {
}
