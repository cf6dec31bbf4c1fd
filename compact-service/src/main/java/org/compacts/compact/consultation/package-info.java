/**
 * A compact's consultations: on a draft principle or code in consultation (comments
 * anchored to its fields) and on a question set, open between two days whose length the
 * compact's own Consultation code rules
 * ({@link org.compacts.compact.consultation.WindowRule}); one response per organisation,
 * editable until the close and then frozen, seen by no one but the person who wrote it;
 * after the close, results anyone reads.
 */
@NullMarked
package org.compacts.compact.consultation;

import org.jspecify.annotations.NullMarked;
