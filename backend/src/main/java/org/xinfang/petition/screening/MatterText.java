package org.xinfang.petition.screening;

import java.util.List;
import org.xinfang.petition.complaint.Complaint;

/**
 * Contributes the text of a case's matter to the comparison of likely repeats. Every bean of this type adds its
 * text: by default the subject and content ({@link SubjectAndContent}); a module that reads attachments can add
 * their text by declaring another bean.
 */
public interface MatterText {

    /** The text this source knows of the case's matter; empty when it knows none. */
    String of(Complaint complaint);

    /**
     * The texts of several cases, in their order. A source that reads its text from a table overrides it to read
     * all of them at once: a complainant's earlier cases are compared together.
     */
    default List<String> of(List<Complaint> complaints) {
        return complaints.stream().map(this::of).toList();
    }
}
