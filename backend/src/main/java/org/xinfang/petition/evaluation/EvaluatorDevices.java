package org.xinfang.petition.evaluation;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.PlainText;

/**
 * 评价器管理: the administrator's commands on window evaluators, for the admin API and the workbench alike. A device
 * is registered for one unit and the services it rates, and gets a key shown once; its key may be replaced (the
 * old one stops working at once) and the device revoked for good. Each change is announced as {@link
 * EvaluatorChanged} and audited.
 */
@Service
public class EvaluatorDevices {

    static final int MAX_NAME = 100;

    private final EvaluatorDeviceRepository devices;
    private final EvaluatorKeys keys;
    private final EvaluatorServices services;
    private final Organisation organisation;
    private final CurrentStaff currentStaff;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EvaluatorDevices(
            EvaluatorDeviceRepository devices,
            EvaluatorKeys keys,
            EvaluatorServices services,
            Organisation organisation,
            CurrentStaff currentStaff,
            ApplicationEventPublisher events,
            Clock clock) {
        this.devices = devices;
        this.keys = keys;
        this.services = services;
        this.organisation = organisation;
        this.currentStaff = currentStaff;
        this.events = events;
        this.clock = clock;
    }

    /** Every device, revoked ones too, in the order they were registered. */
    @Transactional(readOnly = true)
    public List<EvaluatorView> all() {
        return devices.findAllByOrderById().stream().map(EvaluatorDevice::view).toList();
    }

    @Transactional(readOnly = true)
    public EvaluatorView get(Long id) {
        return device(id).view();
    }

    /** Registers a device; the answer holds its key, which is never shown again. */
    @Transactional
    public Registered register(NewEvaluator request) {
        String name = PlainText.Rule.checkedName("name", request.name(), MAX_NAME);
        String unit = request.unitCode() == null ? "" : request.unitCode().strip();
        if (unit.isEmpty()) {
            throw PetitionException.invalid("unitCode", "constraint.NotBlank");
        }
        if (organisation.unit(unit).isEmpty()) {
            throw PetitionException.invalid("unitCode", "constraint.unknown-unit");
        }
        List<String> rated = services.checked(request.services());
        String key = keys.newKey();
        EvaluatorDevice device = devices.saveAndFlush(
                new EvaluatorDevice(name, unit, rated, keys.hashOf(key), clock.instant(), actor()));
        events.publishEvent(new EvaluatorChanged(
                "EVALUATOR_REGISTERED",
                device.getId(),
                "evaluator " + device.getId() + " of " + unit + " rating " + String.join(",", rated)));
        return new Registered(device.view(), key);
    }

    /** Replaces a device's key: the old key stops working now; the answer holds the new key, shown once. */
    @Transactional
    public Registered rotate(Long id) {
        EvaluatorDevice device = live(id);
        String key = keys.newKey();
        device.rotate(keys.hashOf(key), clock.instant(), actor());
        flush(device);
        events.publishEvent(new EvaluatorChanged("EVALUATOR_KEY_ROTATED", id, "evaluator " + id));
        return new Registered(device.view(), key);
    }

    /** Revokes a device for good: its key stops working now; its ratings stay counted. */
    @Transactional
    public EvaluatorView revoke(Long id) {
        EvaluatorDevice device = live(id);
        device.revoke(clock.instant(), actor());
        flush(device);
        events.publishEvent(new EvaluatorChanged("EVALUATOR_REVOKED", id, "evaluator " + id));
        return device.view();
    }

    private EvaluatorDevice live(Long id) {
        EvaluatorDevice device = device(id);
        if (device.isRevoked()) {
            throw PetitionException.conflict("evaluator.revoked", id);
        }
        return device;
    }

    private EvaluatorDevice device(Long id) {
        return devices.findById(id).orElseThrow(() -> PetitionException.notFound("evaluator.not-found", id));
    }

    /** Two administrators changing one device at once: the second is told, not half-served. */
    private void flush(EvaluatorDevice device) {
        try {
            devices.saveAndFlush(device);
        } catch (ObjectOptimisticLockingFailureException changed) {
            throw PetitionException.conflict("evaluator.concurrent", device.getId());
        }
    }

    private String actor() {
        return currentStaff.get().username();
    }

    /** What an administrator asks to register: a name, the unit's code and the services the device rates. */
    public record NewEvaluator(
            @PlainText String name, @PlainText String unitCode, List<String> services) {}

    /** A device and its key, which is shown this once. */
    public record Registered(EvaluatorView device, String key) {}
}
