"""Names that are no place in their sentence, third pass: a town's name as the first word of a longer proper
name ("a Roman Catholic cathedral"), and the head of an organisation's name ("the Organisation for the
Prohibition of Chemical Weapons")."""
from chronoapp.core.extract.entities import places
from chronoapp.core.extract.vocab import load


# "Roman" is a town in the gazetteer, but before a faith's name it is the adjective of "Roman Catholic":
# the cathedral stands where the clause says, in Jolo. A town before a noun of its own stays a place.
def test_a_town_before_a_faiths_name_is_an_adjective():
    text = "Two bombs exploded at a Roman Catholic cathedral on the southern Philippine island of Jolo on Sunday."
    assert places(text, load()) == ["Jolo"]
    assert places("Gunmen attacked a church in Mosul on Sunday.", load()) == ["Mosul"]


# "Inspectors from the Organisation for the Prohibition of Chemical Weapons": a name followed by "for the"
# and a capitalised word is the head of an organisation's name, not a village the tagger does not know.
def test_the_head_of_an_organisations_name_is_no_place():
    text = "Inspectors from the Organisation for the Prohibition of Chemical Weapons arrived in Damascus on Saturday."
    assert places(text, load()) == ["Damascus"]
    text = "Researchers from the Committee for the Protection of Journalists met officials in Kabul on Monday."
    assert places(text, load()) == ["Kabul"]
