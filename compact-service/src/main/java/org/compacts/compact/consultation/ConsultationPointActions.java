package org.compacts.compact.consultation;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConsultationPointActions extends JpaRepository<ConsultationPointAction, UUID> {

	List<ConsultationPointAction> findByConsultationId(UUID consultationId);

}
