//! The shape of my network for the map: my communities, each with the people I reach through it.
//! Pure; built once per change of the workbook. The map screen (`ui::map`) only places and draws
//! what [`network`] returns, a page of communities at a time, so a frame never walks every person.
//!
//! Rules (also in the help):
//! - Each person sits in one *home* cluster: the community where we met, else the first shared
//!   community that exists, else the cluster of people reached outside any community (last).
//! - The other communities a person shares are kept as `also`: the map draws those links when the
//!   person or their home community is selected, so the people who join circles stand out.
//! - Clusters come in the order of the communities list (where I take part now first, then by
//!   name); inside a cluster the strongest ties come first, so they sit nearest the centre.
//! - Strong, weak or unrated is [`TieStrength`]; dormant is [`is_dormant`]; a bridge is one of
//!   [`bridges`] (the only tie into a community I am not part of, or into a field).

use std::cmp::Reverse;
use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;

use super::choices::*;
use super::derived::{TieBand, TieStrength, bridges, is_dormant};
use super::ids::*;
use super::records::*;
use super::workbook::Workbook;

/// One person on the map.
#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    pub person: PersonId,
    pub band: TieBand,
    pub dormant: bool,
    pub bridge: bool,
    /// The other clusters (by index) this person also belongs to.
    pub also: Vec<usize>,
}

/// A community and the people whose home it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    /// `None` for the people reached outside any community.
    pub community: Option<CommunityId>,
    /// Whether I take part in it now (active or trying; the outside cluster counts as current).
    pub current: bool,
    pub members: Vec<Member>,
    pub strong: usize,
}

/// Where a record sits on the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub cluster: usize,
    /// `None` for the community itself.
    pub member: Option<usize>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct NetworkMap {
    pub clusters: Vec<Cluster>,
    places: HashMap<RecordRef, Place>,
}

impl NetworkMap {
    pub fn place(&self, r: RecordRef) -> Option<Place> {
        self.places.get(&r).copied()
    }

    /// The records in map order: each community, then its people, cluster by cluster.
    pub fn records(&self) -> Vec<RecordRef> {
        let mut out = Vec::with_capacity(self.places.len());
        for c in &self.clusters {
            out.extend(c.community.map(RecordRef::Community));
            out.extend(c.members.iter().map(|m| RecordRef::Person(m.person)));
        }
        out
    }
}

pub fn network(wb: &Workbook, today: NaiveDate) -> NetworkMap {
    let mut communities: Vec<&Community> = wb.communities.iter().collect();
    communities.sort_by_cached_key(|c| (c.status.list_order(), c.name.to_lowercase(), c.id));
    let index: HashMap<CommunityId, usize> = communities.iter().enumerate().map(|(i, c)| (c.id, i)).collect();
    let outside = communities.len();
    let mut clusters: Vec<Cluster> = communities
        .iter()
        .map(|c| Cluster { community: Some(c.id), current: c.status.is_current(), members: Vec::new(), strong: 0 })
        .collect();
    clusters.push(Cluster { community: None, current: true, members: Vec::new(), strong: 0 });

    let bridges = bridges(wb);
    let mut keyed: Vec<Vec<(Reverse<u8>, String, Member)>> = vec![Vec::new(); clusters.len()];
    for p in &wb.people {
        // The community where we met comes first, then the shared ones, each once.
        let mut seen = BTreeSet::new();
        let homes: Vec<usize> = p
            .met_in
            .iter()
            .chain(&p.communities)
            .filter_map(|c| index.get(c).copied())
            .filter(|&i| seen.insert(i))
            .collect();
        let home = homes.first().copied().unwrap_or(outside);
        let strength = TieStrength::of(&p.tie);
        let member = Member {
            person: p.id,
            band: strength.band,
            dormant: is_dormant(p, &wb.settings, today),
            bridge: bridges.contains(&p.id),
            also: homes.iter().skip(1).copied().collect(),
        };
        let name = if p.phonetic.is_blank() { &p.name } else { &p.phonetic };
        keyed[home].push((Reverse(strength.percent()), name.to_lowercase(), member));
    }
    for (cluster, mut members) in clusters.iter_mut().zip(keyed) {
        members.sort_by(|a, b| (&a.0, &a.1, a.2.person).cmp(&(&b.0, &b.1, b.2.person)));
        cluster.members = members.into_iter().map(|(_, _, m)| m).collect();
        cluster.strong = cluster.members.iter().filter(|m| m.band == TieBand::Strong).count();
    }
    if clusters.last().is_some_and(|c| c.members.is_empty()) {
        clusters.pop();
    }

    let mut places = HashMap::with_capacity(wb.people.len() + clusters.len());
    for (ci, c) in clusters.iter().enumerate() {
        if let Some(id) = c.community {
            places.insert(RecordRef::Community(id), Place { cluster: ci, member: None });
        }
        for (mi, m) in c.members.iter().enumerate() {
            places.insert(RecordRef::Person(m.person), Place { cluster: ci, member: Some(mi) });
        }
    }
    NetworkMap { clusters, places }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Text;

    fn today() -> NaiveDate {
        "2026-11-24".parse().expect("date")
    }

    fn community(id: u64, name: &str, status: CommunityStatus) -> Community {
        Community { id: CommunityId(id), name: Text::from(name), status, ..Default::default() }
    }

    fn person(id: u64, name: &str, met_in: Option<u64>, shared: &[u64], tie: u8) -> Person {
        Person {
            id: PersonId(id),
            name: Text::from(name),
            met_in: met_in.map(CommunityId),
            communities: shared.iter().copied().map(CommunityId).collect(),
            tie: TieDimensions { time: tie, emotion: tie, intimacy: tie, reciprocity: tie },
            ..Default::default()
        }
    }

    fn workbook() -> Workbook {
        let mut wb = Workbook::default();
        wb.communities.put(community(1, "読書会", CommunityStatus::Active));
        wb.communities.put(community(2, "Alumni", CommunityStatus::Left));
        wb.communities.put(community(3, "朝活", CommunityStatus::Active));
        wb.people.put(person(10, "佐藤", Some(1), &[1, 3], 1));
        wb.people.put(person(11, "鈴木", None, &[3], 4));
        wb.people.put(person(12, "Kim", None, &[], 2));
        wb.people.put(person(13, "Lee", Some(99), &[2], 1));
        wb.people.put(person(14, "高橋", Some(1), &[], 4));
        wb
    }

    #[test]
    fn clusters_follow_the_communities_list_and_people_sit_in_their_home() {
        let map = network(&workbook(), today());
        let order: Vec<Option<CommunityId>> = map.clusters.iter().map(|c| c.community).collect();
        // Those I take part in by name, then the one I left, then the people outside any.
        assert_eq!(order, vec![Some(CommunityId(3)), Some(CommunityId(1)), Some(CommunityId(2)), None]);
        let people = |i: usize| map.clusters[i].members.iter().map(|m| m.person.0).collect::<Vec<_>>();
        assert_eq!(people(0), vec![11], "met nowhere, shares 朝活");
        assert_eq!(people(1), vec![14, 10], "met at 読書会; the strong tie first");
        assert_eq!(people(2), vec![13], "a met-in that no longer exists falls back to the shared one");
        assert_eq!(people(3), vec![12], "no community at all");
        assert!(!map.clusters[2].current, "a community left is drawn as not current");
        assert_eq!(map.clusters[1].strong, 1);
    }

    #[test]
    fn people_in_several_communities_link_to_the_others() {
        let map = network(&workbook(), today());
        let sato = &map.clusters[1].members[1];
        assert_eq!(sato.person, PersonId(10));
        assert_eq!(sato.also, vec![0], "佐藤 also shares 朝活");
        assert_eq!(map.place(RecordRef::Person(PersonId(10))), Some(Place { cluster: 1, member: Some(1) }));
        assert_eq!(map.place(RecordRef::Community(CommunityId(1))), Some(Place { cluster: 1, member: None }));
    }

    #[test]
    fn records_come_community_first_then_its_people() {
        let map = network(&workbook(), today());
        let ids: Vec<u64> = map.records().iter().map(|r| r.number()).collect();
        assert_eq!(ids, vec![3, 11, 1, 14, 10, 2, 13, 12]);
    }

    #[test]
    fn empty_workbook_and_everyone_in_one_community() {
        assert!(network(&Workbook::default(), today()).clusters.is_empty());
        let mut wb = Workbook::default();
        wb.communities.put(community(1, "One", CommunityStatus::Active));
        for i in 0..5 {
            wb.people.put(person(10 + i, &format!("p{i}"), Some(1), &[], 1));
        }
        let map = network(&wb, today());
        assert_eq!(map.clusters.len(), 1, "no outside cluster when everyone has a community");
        assert_eq!(map.clusters[0].members.len(), 5);
        assert!(map.clusters[0].members.iter().all(|m| m.also.is_empty()));
    }

    #[test]
    fn bridges_and_dormant_ties_are_marked() {
        let mut wb = workbook();
        let mut old = person(15, "古い", Some(3), &[], 1);
        old.last_contact = Some("2024-01-01".parse().expect("date"));
        wb.people.put(old);
        let map = network(&wb, today());
        let member = |id: u64| {
            map.clusters.iter().flat_map(|c| &c.members).find(|m| m.person == PersonId(id)).expect("on the map")
        };
        assert!(member(15).dormant);
        assert!(!member(14).dormant, "no date is not dormant");
        assert!(member(12).bridge == bridges(&wb).contains(&PersonId(12)));
        assert!(member(13).bridge, "the only tie into Alumni");
    }
}
