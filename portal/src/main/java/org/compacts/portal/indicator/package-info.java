/**
 * The workspace pages of a compact's performance indicators: the list with each one's
 * latest reading and RAG, an indicator with its definition, readings and the line it is
 * judged against, and the forms that define one and add a reading. Members read them;
 * editors add, change and record. The RAG and every rule are compact-service's: the pages
 * send what was typed as the visitor and show its refusals on the form.
 */
@NullMarked
package org.compacts.portal.indicator;

import org.jspecify.annotations.NullMarked;
