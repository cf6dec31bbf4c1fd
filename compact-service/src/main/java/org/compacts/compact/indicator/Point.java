package org.compacts.compact.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A value on a day: an indicator's baseline, its target, or a reading. */
record Point(BigDecimal value, LocalDate on) {
}
