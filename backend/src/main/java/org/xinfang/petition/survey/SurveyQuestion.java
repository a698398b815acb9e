package org.xinfang.petition.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A question of one version of the questionnaire, in both languages, with the scale its answer is on. */
@Entity
@Table(name = "survey_question")
class SurveyQuestion {

    @Id
    private Long id;

    private int version;

    private int position;

    @Column(name = "question_key")
    private String key;

    @Column(name = "text_zh")
    private String textZh;

    @Column(name = "text_en")
    private String textEn;

    @Enumerated(EnumType.STRING)
    private AnswerScale scale;

    protected SurveyQuestion() {}

    int getVersion() {
        return version;
    }

    int getPosition() {
        return position;
    }

    String getKey() {
        return key;
    }

    String getTextZh() {
        return textZh;
    }

    String getTextEn() {
        return textEn;
    }

    AnswerScale getScale() {
        return scale;
    }
}
