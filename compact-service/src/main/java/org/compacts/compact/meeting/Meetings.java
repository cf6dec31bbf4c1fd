package org.compacts.compact.meeting;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Meetings extends JpaRepository<Meeting, UUID> {

	List<Meeting> findAllByOrderByHeldOnDescTitleAsc();

	List<Meeting> findByApprovedAtMeetingId(UUID meetingId);

}
