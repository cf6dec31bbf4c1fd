package org.compacts.compact.mark;

/** How far an organisation says it keeps an undertaking. */
enum Response {

	MET, PARTLY, NOT_MET

}
