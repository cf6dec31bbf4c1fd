package org.compacts.compact.consultation;

enum Priority {

	HIGH, MEDIUM, LOW

}
