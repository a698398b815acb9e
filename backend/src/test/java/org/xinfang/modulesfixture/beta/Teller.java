package org.xinfang.modulesfixture.beta;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.xinfang.modulesfixture.alpha.Account;
import org.xinfang.modulesfixture.alpha.AccountRepository;

/** Another module: reading an account is fine, everything else here breaks a rule. */
class Teller {

    private final AccountRepository accounts;

    Teller(AccountRepository accounts) {
        this.accounts = accounts;
    }

    long reads(Account account) {
        return account.isClosed() || !account.hasFunds() ? 0 : account.getBalance() + account.available();
    }

    void changes(Account account) {
        account.close();
    }

    Consumer<Account> changesByReference() {
        return Account::close;
    }

    Account constructs() {
        return accounts.save(new Account());
    }

    Supplier<Account> constructsByReference() {
        return Account::new;
    }
}
