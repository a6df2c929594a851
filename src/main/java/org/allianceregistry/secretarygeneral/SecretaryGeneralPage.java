package org.allianceregistry.secretarygeneral;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.data.web.PagedModel;

/** A page of Secretary-General terms, in the registry's one page shape. */
@Schema(description = "A page of Secretary-General terms, oldest first unless sorted otherwise")
public record SecretaryGeneralPage(List<SecretaryGeneralResponse> content, PagedModel.PageMetadata page) {

    static SecretaryGeneralPage of(org.springframework.data.domain.Page<SecretaryGeneralResponse> page) {
        return new SecretaryGeneralPage(page.getContent(), new PagedModel<>(page).getMetadata());
    }

}
