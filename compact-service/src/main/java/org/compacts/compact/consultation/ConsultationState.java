package org.compacts.compact.consultation;

/** A draft while its editors write it; open, judged by the window rule; closed. */
enum ConsultationState {

	DRAFT, OPEN, CLOSED

}
