package org.xinfang.petition.survey;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/surveys")
class SurveyController {

    private final DrawingSample drawing;
    private final CallList callList;
    private final RecordingCall recording;
    private final SurveyResults results;
    private final ImportingServiceUsers importing;
    private final ClerksOnly clerks;

    SurveyController(
            DrawingSample drawing,
            CallList callList,
            RecordingCall recording,
            SurveyResults results,
            ImportingServiceUsers importing,
            ClerksOnly clerks) {
        this.drawing = drawing;
        this.callList = callList;
        this.recording = recording;
        this.results = results;
        this.importing = importing;
        this.clerks = clerks;
    }

    /**
     * 导入服务对象: a list of the people other police services served in the month ({@code multipart/form-data}, the
     * part {@code file}: a CSV or an .xlsx), imported whole or not at all.
     */
    @PostMapping(path = "/{month}/service-users", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportView> importServiceUsers(
            @PathVariable String month, @RequestParam(name = "file", required = false) MultipartFile file) {
        ImportView imported = importing.importList(SurveyMonth.parse(month), file);
        return ResponseEntity.status(HttpStatus.CREATED).body(imported);
    }

    /** How many people were imported for the month, per bureau and service (nobody's identity). */
    @GetMapping("/{month}/service-users")
    List<ImportedCount> serviceUsers(@PathVariable String month) {
        return importing.importedOf(SurveyMonth.parse(month));
    }

    /** 电脑随机抽样: draws the month's sample, with the given seed or a random one (recorded either way). */
    @PostMapping("/{month}/draw")
    ResponseEntity<DrawView> draw(
            @PathVariable String month, @Valid @RequestBody(required = false) DrawRequest request) {
        DrawView draw = drawing.draw(SurveyMonth.parse(month), request == null ? null : request.seed());
        return ResponseEntity.status(HttpStatus.CREATED).body(draw);
    }

    /** A month's survey draw (满意度回访抽样): the cases drawn for calls. */
    @GetMapping("/{month}")
    DrawView draw(@PathVariable String month) {
        return drawing.of(SurveyMonth.parse(month));
    }

    /** 回访名单: whom to call, with the script and the questionnaire. */
    @GetMapping("/{month}/calls")
    CallList.Sheet calls(@PathVariable String month) {
        return callList.of(SurveyMonth.parse(month));
    }

    /** 记录回访: what a call of any month's list brought. */
    @PostMapping("/calls/{id}")
    ResponseEntity<Void> record(@PathVariable long id, @Valid @RequestBody CallRequest call) {
        recording.record(id, call.outcome(), call.answers());
        return ResponseEntity.noContent().build();
    }

    /** Each bureau's tallies of the month, per source. */
    @GetMapping("/{month}/results")
    List<SurveyTally> results(@PathVariable String month) {
        clerks.check();
        return results.of(SurveyMonth.parse(month));
    }

    /** An optional seed, to draw the same sample again over the same population. */
    record DrawRequest(Long seed) {}

    /** What the call brought; the answers by question key when reached. */
    record CallRequest(CallOutcome outcome, Map<String, String> answers) {}
}
