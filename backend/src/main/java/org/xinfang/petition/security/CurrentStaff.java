package org.xinfang.petition.security;

import java.util.Optional;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** The staff member behind the current request, if any (a citizen filing online has none). */
@Component
public class CurrentStaff {

    private final StaffUserDetailsService users;

    CurrentStaff(@Lazy StaffUserDetailsService users) {
        this.users = users;
    }

    public Optional<StaffPrincipal> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    /** The current staff member; only called behind endpoints that require authentication. */
    public StaffPrincipal get() {
        return find().orElseThrow(() -> new IllegalStateException("No authenticated staff member"));
    }

    /**
     * The staff member acting as {@code username} in the process engine: the current one when it is them (our API),
     * else as our staff table has them now (a webapp session, whose user is known to the engine by name only).
     */
    public Optional<StaffPrincipal> acting(String username) {
        Optional<StaffPrincipal> current =
                find().filter(staff -> staff.username().equals(username));
        if (current.isPresent()) {
            return current;
        }
        try {
            return Optional.of((StaffPrincipal) users.loadUserByUsername(username));
        } catch (UsernameNotFoundException unknown) {
            return Optional.empty();
        }
    }
}
