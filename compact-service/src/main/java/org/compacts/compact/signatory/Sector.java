package org.compacts.compact.signatory;

/**
 * Which side of a compact an organisation stands on; private firms sign some compacts
 * too.
 */
enum Sector {

	PUBLIC, VCS, PRIVATE

}
