/**
 * A compact's meetings in the workspace (the minutes, attendees and apologies, actions
 * arising with how their plan actions stand; record, change, circulate, approve at a
 * later meeting, publish) and its published minutes on the public site, with a PDF.
 */
@NullMarked
package org.compacts.portal.meeting;

import org.jspecify.annotations.NullMarked;
