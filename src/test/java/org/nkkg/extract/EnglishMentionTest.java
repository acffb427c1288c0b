package org.nkkg.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nkkg.TestData;
import org.nkkg.model.Document;
import org.nkkg.model.EntityType;
import org.nkkg.model.Lang;
import org.nkkg.model.Mention;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** English people and organizations found by context, on invented sentences and a small gazetteer. */
class EnglishMentionTest {
    static EnglishMentionExtractor extractor;
    static Pipeline pipeline;

    @BeforeAll static void setUp() {
        Resources res = new Resources(TestData.gazetteer());
        extractor = new EnglishMentionExtractor(res);
        pipeline = new Pipeline(Stages.standard(res));
    }

    private static List<Mention> run(String text) { return pipeline.process(TestData.doc("t", Lang.EN, text + "\n")).mentions(); }

    private static Mention at(List<Mention> ms, String surface) {
        return ms.stream().filter(m -> m.surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + surface + "' in " + ms));
    }

    private static void person(List<Mention> ms, String surface) { assertEquals(EntityType.PERSON, at(ms, surface).type(), surface); }

    private static void organization(List<Mention> ms, String surface) { assertEquals(EntityType.ORGANIZATION, at(ms, surface).type(), surface); }

    private static void noPerson(List<Mention> ms) {
        assertTrue(ms.stream().noneMatch(m -> m.type() == EntityType.PERSON), ms.toString());
    }

    @Test void aRegionsSideIsItsDeFactoState() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        Document d = real.process(TestData.doc("t", Lang.EN, "The separatist government of Nagorno-Karabakh said it will dissolve itself. "
                + "Karabakh Armenian authorities said 200 people were killed. Armenians fled Nagorno-Karabakh.\n"));
        List<String> states = d.mentions().stream().filter(m -> m.key().equals("gaz:republic-of-artsakh")).map(Mention::surface).toList();
        assertEquals(List.of("separatist government of Nagorno-Karabakh", "Karabakh Armenian authorities"), states);
        assertEquals(List.of("gaz:republic-of-artsakh", "gaz:republic-of-artsakh"), d.statements().stream().map(s -> s.speaker()).toList());
        assertTrue(d.mentions().stream().anyMatch(m -> m.surface().equals("Nagorno-Karabakh") && m.type() == EntityType.PLACE));
    }

    @Test void anAbbreviationKeepsItsFinalPeriodAndTheEusForeignPolicyChiefIsItsHighRepresentative() {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        Document d = real.process(TestData.doc("t", Lang.EN, "U.S. Secretary of State Antony Blinken called on Azerbaijan to stop. "
                + "The European Union's foreign policy chief Josep Borrell condemned the escalation.\n"));
        assertTrue(d.mentions().stream().anyMatch(m -> m.surface().equals("U.S.") && m.key().equals("gaz:united-states")), d.mentions().toString());
        assertEquals("gaz:united-states", d.statements().get(0).onBehalfOf());
        assertEquals(org.nkkg.model.RoleType.HIGH_REPRESENTATIVE, d.statements().get(1).role());
        assertEquals("gaz:european-union", d.statements().get(1).onBehalfOf());
        // the role set off by commas, and an aide
        Document c = real.process(TestData.doc("t", Lang.EN, "The European Union's foreign policy chief, Josep Borrell, condemned the use of force. "
                + "Azerbaijan's presidential aide Hikmet Hajiyev told reporters that civilians would be safe.\n"));
        assertEquals("gaz:european-union", c.statements().get(0).onBehalfOf(), c.statements().toString());
        assertEquals(org.nkkg.model.RoleType.ADVISER, c.statements().get(1).role());
    }

    @Test void aSurnameOpeningASentenceAfterANameIsThePersonNamedBefore() {
        List<Mention> ms = run("The speaker Alen Simonyan spoke about Armenia. Simonyan confirmed it. J. Simonyan did not.");
        Mention after = ms.stream().filter(m -> m.surface().equals("Simonyan")).findFirst().orElseThrow(() -> new AssertionError(ms.toString()));
        assertEquals(EntityType.PERSON, after.type());
        assertEquals(at(ms, "Alen Simonyan").key(), after.key());
        assertEquals(1, ms.stream().filter(m -> m.surface().equals("Simonyan")).count(), "an initial is a given name: J. Simonyan is someone else");
    }

    @Test void anOwnerIsNotPartOfABodysName() {
        List<Mention> ms = run("The exchange took place at the border, Azerbaijan's State Commission on Prisoners of War said.");
        organization(ms, "State Commission on Prisoners of War");
        assertEquals(EntityType.STATE, at(ms, "Azerbaijan").type());
    }

    @Test void appositionAfterTheName() {
        List<Mention> ms = run("Maria Petrova, a senior fellow at the Caspian Policy Institute, said the talks had failed.");
        person(ms, "Maria Petrova");
        organization(ms, "Caspian Policy Institute");
        person(run("According to Efraim Kovalenko, an expert on regional security, the ties had grown."), "Efraim Kovalenko");
    }

    @Test void appositionBeforeTheName() {
        person(run("The head of the Joint Monitoring Center, Oleg Petrov, was also present."), "Oleg Petrov");
        person(run("The Special Adviser on the Prevention of Genocide, Alice Mwangi, expressed alarm."), "Alice Mwangi");
    }

    @Test void positionOfABodyOrStateBeforeTheName() {
        person(run("Armenia's ambassador to Germany Karen Tadevosyan said that he had voiced concerns."), "Karen Tadevosyan");
        person(run("Chairman of Blue Valley Holding Anton Varga visited the region."), "Anton Varga");
        person(run("First vice-speaker of the Senate of Azerbaijan Rauf Guliyev expressed support."), "Rauf Guliyev");
    }

    @Test void occupationsInAnyCase() {
        person(run("Journalist Lilit Avetisyan interviewed refugees in the city."), "Lilit Avetisyan");
        person(run("Rumors spread that former colonel Arsen Melkonyan had surrendered."), "Arsen Melkonyan");
        person(run("The map renamed a street after Ismail Pasha."), "Ismail Pasha");
    }

    @Test void listsOfPeople() {
        List<Mention> ms = run("The Armenian delegation consisted of Aram Petrosyan, Davit Sargsyan and Lilit Harutyunyan.");
        person(ms, "Aram Petrosyan");
        person(ms, "Davit Sargsyan");
        person(ms, "Lilit Harutyunyan");
        person(run("Ilham Aliyev and Samira Jafarova met in the capital."), "Samira Jafarova");
    }

    @Test void namesWithParticles() {
        person(run("Analyst Pieter van der Berg said the offensive was planned."), "Pieter van der Berg");
        person(run("Historian Thomas de Vries, a professor at the university, said so."), "Thomas de Vries");
    }

    @Test void organizationsByTheirHeads() {
        List<Mention> ms = run("Researchers at the University of Bremen and the Federation of Caspian Trade Associations objected.");
        organization(ms, "University of Bremen");
        organization(ms, "Federation of Caspian Trade Associations");
        organization(run("Meanwhile, the Senate Committee on Foreign Relations called for sanctions."), "Senate Committee on Foreign Relations");
        organization(run("A spokesperson told Agence-France Presse that the roads were closed."), "Agence-France Presse");
        organization(run("Zartonk reported that the villages had been evacuated."), "Zartonk");
    }

    @Test void stateBodiesKeyedByStateAndHead() {
        assertEquals("org:armenia:security-council", at(run("Armenia's Security Council met on Sunday."), "Armenia's Security Council").key());
        assertEquals("org:russia:peacekeepers", at(run("Russian peacekeepers left the area."), "Russian peacekeepers").key());
        assertEquals("org:russia:defence", at(run("This was confirmed by the Russian defence ministry."), "Russian defence ministry").key());
        assertEquals("org:armenia:parliament", at(run("The National Assembly of Armenia voted on the bill."), "National Assembly of Armenia").key());
        Mention border = at(run("Azerbaijan's State Border Service said the crossing was open."), "Azerbaijan's State Border Service");
        assertEquals("Organization:state border service of azerbaijan", border.key());
    }

    @Test void headsAndPlacesAreNotPeople() {
        noPerson(run("General Staff Headquarters announced the capture of the heights."));
        List<Mention> ms = run("The village of Upper Karin, where the commander of the battalion lived, was shelled.");
        noPerson(ms);
        assertEquals(EntityType.PLACE, at(ms, "Upper Karin").type());
        noPerson(run("The UN Secretary-General's Special Adviser visited the region."));
        assertTrue(run("He met the President of the National Assembly on Monday.").stream()
                .noneMatch(m -> m.surface().contains("President")), "a position is not a body's name");
    }

    private static void place(List<Mention> ms, String surface) { assertEquals(EntityType.PLACE, at(ms, surface).type(), surface); }

    @Test void unknownPlacesByContext() {
        List<Mention> ms = run("The Tsaghkavank Monastery near Vardenik was damaged.");
        place(ms, "Tsaghkavank Monastery");
        place(ms, "Vardenik");
        place(run("Shelling was reported in Karmirgyugh, a suburb of Stepanakert."), "Karmirgyugh");
        place(run("A soldier was wounded in Yukhari Veysalli, Kalbajar District, on Monday."), "Yukhari Veysalli");
        List<Mention> town = run("Refugees reached the Azerbaijani town of Yevlakh.");
        place(town, "Yevlakh");
        assertTrue(town.stream().noneMatch(m -> m.surface().equals("Azerbaijani")), town.toString());
    }

    @Test void embassies() {
        List<Mention> ms = run("Protesters gathered outside the Russian Embassy in Yerevan.");
        place(ms, "Russian Embassy");
        assertTrue(run("Firecrackers were thrown at the Azerbaijani embassy.").stream()
                .noneMatch(m -> m.surface().contains("embassy")), "a lowercase embassy is a common noun");
    }
}
