/**
 * A county's roll-up of its districts' action plans, read only, for the county's members:
 * per district, how the actions of the plans it shares with the county stand and how its
 * indicators read; per principle and code of the county, how many actions put it to work
 * in each district; and a drill-down to one shared plan. compact-service decides what a
 * county member may read of a district; the pages also keep the drill-down to the
 * county's own districts, as the register names them.
 */
@NullMarked
package org.compacts.portal.rollup;

import org.jspecify.annotations.NullMarked;
