/**
 * A compact's successes log and case studies: a story of partnership working that went
 * well, the organisations in it, the principles and codes of practice it shows (by stable
 * item id, adopted copies included) and its evidence. A success is a draft, then
 * approved, then public: only then is it a case study, on the compact's public site, on
 * the page of each code it shows and in the search across every compact
 * ({@link org.compacts.compact.success.CaseStudySearch}, which reads each compact in its
 * own tenant). Members read the whole log; editors write it.
 */
@NullMarked
package org.compacts.compact.success;

import org.jspecify.annotations.NullMarked;
