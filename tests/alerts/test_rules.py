"""Managing rules: every bad field refused with a message that says what to fix, changes in
the audit log (never the webhook secret), rules disabled rather than deleted."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy.orm import Session, sessionmaker

from store.errors import NotFound
from store.services import alert_rules
from store.services.alert_rules import RuleIn, RuleInvalid
from store.services.audit import trail
from tests.alerts.conftest import add_source

HOOK = RuleIn(name="Bot", trigger="score", min_score=0.8, channel="webhook",
              target="https://gateway.jambi.example/hook")  # fmt: skip
MAIL = RuleIn(name="Tim", trigger="tip", channel="email", target="tim@jambi.example.go.id")


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"name": "  "}, "name", "Nama aturan wajib diisi"),
        ({"trigger": "always"}, "trigger", "Pemicu tidak dikenal: 'always'"),
        ({"min_score": 1.5}, "min_score", "Ambang skor harus antara 0 dan 1 (bukan 1.5)"),
        ({"min_score": None}, "min_score", "memerlukan ambang skor"),
        ({"codes": ["upfront_fee", "gaji_besar"]}, "codes", "tidak dikenal: gaji_besar"),
        ({"trigger": "red_flags", "codes": []}, "codes", "paling sedikit satu kode"),
        ({"link_kinds": ["agency"]}, "link_kinds", "Jenis keterkaitan tidak dikenal: agency"),
        ({"target": "ftp://x.example/hook"}, "target", "harus diawali http:// atau https://"),
        ({"target": "https://u:p@x.example/"}, "target", "tidak boleh memuat nama pengguna"),
        ({"digest": "daily"}, "digest", "hanya untuk e-mail"),
        ({"secret": "pendek"}, "secret", "paling sedikit 16 karakter"),
        ({"channel": "sms"}, "channel", "Saluran tidak dikenal: 'sms'"),
        ({"source_id": 999}, "source_id", "Sumber #999 tidak ada"),
    ],
)
def test_bad_webhook_rules_are_refused_clearly(
    factory: sessionmaker[Session], change: dict[str, object], field: str, message: str
) -> None:
    with pytest.raises(RuleInvalid) as info:
        alert_rules.create_rule(factory, replace(HOOK, **change))  # type: ignore[arg-type]
    assert field in info.value.errors
    assert message in info.value.errors[field]
    with factory() as s:
        assert alert_rules.list_rules(s) == []


def test_bad_email_rules_are_refused_and_addresses_normalised(
    factory: sessionmaker[Session],
) -> None:
    with pytest.raises(RuleInvalid, match="Alamat e-mail tidak sah: siti@, budi-at-jambi"):
        alert_rules.create_rule(factory, replace(MAIL, target="siti@, budi-at-jambi"))
    with pytest.raises(RuleInvalid, match="paling sedikit satu alamat"):
        alert_rules.create_rule(factory, replace(MAIL, target=" ; "))
    with pytest.raises(RuleInvalid, match="Ringkasan harus salah satu"):
        alert_rules.create_rule(factory, replace(MAIL, digest="weekly"))
    # Several problems at once are all reported.
    with pytest.raises(RuleInvalid) as info:
        alert_rules.create_rule(factory, replace(MAIL, name="", target="x", min_score=-1))
    assert set(info.value.errors) == {"name", "target", "min_score"}
    rule = alert_rules.create_rule(
        factory,
        replace(MAIL, target="Siti@Jambi.example.go.id,  budi@x.example siti@jambi.example.go.id"),
    )
    assert rule.target == "siti@jambi.example.go.id, budi@x.example"
    assert rule.secret == ""


def test_create_edit_disable_with_audit_and_a_generated_secret(
    factory: sessionmaker[Session],
) -> None:
    source = add_source(factory, "tg-lokerjambi", "Kota Jambi")
    rule = alert_rules.create_rule(factory, replace(HOOK, source_id=source), actor="rina")
    assert len(rule.secret) >= 32  # generated: the admin copies it to the receiver
    first_secret = rule.secret
    edited = alert_rules.update_rule(
        factory, rule.id, replace(alert_rules.rule_input(rule), min_score=0.9, region="Kota Jambi")
    )
    assert (edited.min_score, edited.region, edited.secret) == (0.9, "Kota Jambi", first_secret)
    rotated = alert_rules.update_rule(
        factory, rule.id, replace(alert_rules.rule_input(edited), secret="s" * 20)
    )
    assert rotated.secret == "s" * 20
    alert_rules.set_rule_enabled(factory, rule.id, False, actor="rina")
    alert_rules.set_rule_enabled(factory, rule.id, False, actor="rina")  # no change, no entry
    with factory() as s:
        stored = alert_rules.get_rule(s, rule.id)
        assert not stored.enabled and stored.source_id == source
        entries = trail(s, "alert_rule", rule.id)
    assert [e.action for e in entries] == [
        "alert_rule.create", "alert_rule.update", "alert_rule.update", "alert_rule.disable",
    ]  # fmt: skip
    assert entries[0].actor == "rina" and entries[1].after["min_score"] == 0.9  # type: ignore[index]
    for e in entries:
        assert first_secret not in str(e.after) and "s" * 20 not in str(e.after)
    with pytest.raises(NotFound, match="#999"):
        alert_rules.set_rule_enabled(factory, 999, True)
