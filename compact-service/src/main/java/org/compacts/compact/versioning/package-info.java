/**
 * Versioned shared items (a principle, a code of practice) as plain domain: their
 * lifecycle, optimistic edits, the mode a publisher chooses, their content, their history
 * and a readable diff between any two versions. No Spring and no persistence here, so the
 * rules can be read and tested on their own; the web and persistence layers translate to
 * and from these records.
 *
 * <p>
 * The rules, in short:
 * <ul>
 * <li>Versions are numbered 1, 2, 3, ... and never change content: every saved edit is a
 * new version, so "nothing is lost" and any two versions can be compared.</li>
 * <li>{@code DRAFT -> CONSULTATION -> PUBLISHED -> SUPERSEDED},
 * {@code PUBLISHED -> RETIRED}; a draft may be published without consultation; a draft or
 * consultation version may be {@code WITHDRAWN} (kept, not deleted, because people may
 * have answered a consultation on it).</li>
 * <li>At most one working (draft or consultation) version, and it is always the latest
 * one; an edit replaces it with a new draft and marks it {@code SUPERSEDED}.</li>
 * <li>Every operation names the version it starts from; anything but the latest version
 * is refused as stale, and a refusal changes nothing.</li>
 * <li>Retiring ends an item: it is not edited or published again (start a new item
 * instead).</li>
 * </ul>
 * Operations return an outcome ({@link org.compacts.compact.versioning.Outcome},
 * {@link org.compacts.compact.versioning.Transition},
 * {@link org.compacts.compact.versioning.Comparison}) rather than throw; only malformed
 * records (a programming error, not a user's) throw.
 */
@NullMarked
package org.compacts.compact.versioning;

import org.jspecify.annotations.NullMarked;
