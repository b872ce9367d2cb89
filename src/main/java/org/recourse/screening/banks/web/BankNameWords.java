package org.recourse.screening.banks.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.i18n.StoredNames;
import org.recourse.screening.banks.HashBank;
import org.recourse.screening.banks.HashBanks;

/**
 * The portal's own banks by the English names the database keeps for them (seeded in V9, written into audit
 * details), in the page's language; partners' banks keep the names a supervisor gave them.
 */
@ApplicationScoped
public class BankNameWords implements StoredNames {

    @Inject
    HashBanks banks;

    @Override
    public Map<String, String> wordsIn(Messages messages) {
        Map<String, String> words = new LinkedHashMap<>();
        for (HashBank bank : banks.banks()) {
            if (!bank.isPartner()) {
                words.put(bank.name(), BanksPage.nameOf(bank, messages));
            }
        }
        return words;
    }
}
