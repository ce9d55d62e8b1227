"""The Lambda account's resources besides instances: SSH keys, filesystems, firewall rules and
rulesets, audit events, fabric partitions and support tickets with their attachments.

``LambdaAccount`` keeps their state and answers their operations; what depends on instances
(a filesystem in use, a ruleset's instances) it asks the cloud through ``mounting``,
``ruleset_users`` and ``has_instance``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import ipaddress
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from .._core import Call, Reply, handles
from ._catalog import REGIONS
from ._openssh import key_pair
from ._shapes import LambdaError, LambdaShapes, invalid, not_found

CATALOG_VERSION = "2025-09-06"  # of the audit events


@dataclass
class SshKey:
    id: str
    name: str
    public_key: str


@dataclass
class FileSystem:
    id: str
    name: str
    region: str
    created: float
    bytes_used: int = 0


@dataclass
class Ruleset:
    id: str
    name: str
    region: str
    rules: list[dict[str, Any]]
    created: float


@dataclass
class Ticket:
    id: str
    subject: str
    description: str
    type: str
    severity: str | None
    status: str
    created_at: float
    updated_at: float
    external_id: str
    extra: dict[str, str] = field(default_factory=dict)
    comments: list[dict[str, Any]] = field(default_factory=list)
    resolved_at: float | None = None
    attachments: dict[str, dict[str, Any]] = field(default_factory=dict)


class LambdaAccount(LambdaShapes):
    """The account-level resources of the Lambda mock (see the module's docstring)."""

    #: The most filesystems per account (Lambda's documented limit in 2024).
    filesystem_quota = 24
    ruleset_quota = 10
    page_size = 25

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.ssh_keys: dict[str, SshKey] = {}
        public, _ = key_pair(self._ids, "mock@lambda")
        self._add_key("mock-key", public)  # an account with one key, so that launches work at once
        self.filesystems: dict[str, FileSystem] = {}
        self.firewall_rules: list[dict[str, Any]] = [
            {"protocol": "tcp", "port_range": [22, 22], "source_network": "0.0.0.0/0", "description": "SSH"},
            {"protocol": "icmp", "source_network": "0.0.0.0/0", "description": "Allow ICMP"},
        ]
        self.rulesets: dict[str, Ruleset] = {}
        self.global_rules: list[dict[str, Any]] = []
        self.fabric: dict[str, dict[str, Any]] = {}
        self.tickets: dict[str, Ticket] = {}
        self.events: list[dict[str, Any]] = []
        self.user = {"id": self.new_id(), "email": "owner@example.com", "status": "active"}
        self.account = self.new_id()
        self.workspace_id = f"ws-{self.new_id()[:16]}"

    # --- what the instances tell (the cloud answers) -----------------------------------------------

    def mounting(self, filesystem_id: str) -> list[str]:
        """The instances that mount the filesystem now."""
        raise NotImplementedError

    def ruleset_users(self, ruleset_id: str) -> list[str]:
        """The instances (not terminated) that use the firewall ruleset."""
        raise NotImplementedError

    def has_instance(self, instance_id: str) -> bool:
        raise NotImplementedError

    def _iso(self, when: float) -> str:
        return datetime.fromtimestamp(when, UTC).isoformat().replace("+00:00", "Z")

    def _region(self, name: str) -> dict[str, str]:
        return {"name": name, "description": REGIONS[name]}

    def _event(self, resource: str, action: str, ident: str, token: str | None, **details: Any) -> None:
        key = hashlib.sha256((token or "").encode()).hexdigest()[:32]
        self.events.append(
            {
                "service_name": "cloud",
                "resource_name": resource,
                "action": action,
                "catalog_version": CATALOG_VERSION,
                "event_id": self.new_id(),
                "event_time": self._iso(self.clock.time()),
                "actor_lrn": f"lrn:cloud:user:{self.user['id']}",
                "resource_lrns": [f"lrn:cloud:{resource}:{ident}"],
                "resource_owner_lrn": f"lrn:cloud:account:{self.account}",
                "request_api_key_lrn": f"lrn:cloud:api_key:{key}",
                "additional_details": details,
            }
        )

    # --- SSH keys ------------------------------------------------------------------------------------

    def _add_key(self, name: str, public_key: str) -> SshKey:
        key = SshKey(self.new_id(), name, public_key)
        self.ssh_keys[key.id] = key
        return key

    @handles("list_ssh_keys")
    def list_ssh_keys(self, call: Call) -> Reply:
        return Reply(
            200, {"data": [{"id": k.id, "name": k.name, "public_key": k.public_key} for k in self.ssh_keys.values()]}
        )

    @handles("create_ssh_key")
    def create_ssh_key(self, call: Call) -> Reply:
        name, public = call.body["name"], call.body.get("public_key")
        if any(k.name == name for k in self.ssh_keys.values()):
            raise invalid(f"SSH key name must be unique: {name!r} is taken.")
        private = None
        if public is None:
            public, private = key_pair(self._ids, name)
        elif not _looks_like_public_key(public):
            raise invalid("public_key is not an OpenSSH public key (such as 'ssh-ed25519 AAAA... comment').")
        key = self._add_key(name, public.strip())
        self._event("ssh_key", "created", key.id, call.token, name=name)
        data: dict[str, Any] = {"id": key.id, "name": key.name, "public_key": key.public_key}
        if private is not None:
            data["private_key"] = private
        return Reply(200, {"data": data})

    @handles("delete_ssh_key")
    def delete_ssh_key(self, call: Call) -> Reply:
        key = self.ssh_keys.pop(call.path["id"], None)
        if key is None:
            raise LambdaError(404, "global/not-found", "The requested resource was not found.")
        self._event("ssh_key", "deleted", key.id, call.token)
        return Reply(200, {"data": {}})

    # --- filesystems -----------------------------------------------------------------------------------

    def _in_use(self, fs: FileSystem) -> bool:
        return bool(self.mounting(fs.id))

    def _filesystem_json(self, fs: FileSystem) -> dict[str, Any]:
        return {
            "id": fs.id,
            "name": fs.name,
            "mount_point": f"/lambda/nfs/{fs.name}",
            "created": self._iso(fs.created),
            "created_by": self.user,
            "is_in_use": self._in_use(fs),
            "region": self._region(fs.region),
            "bytes_used": fs.bytes_used,
        }

    @handles("list_filesystems")
    def list_filesystems(self, call: Call) -> Reply:
        return Reply(200, {"data": [self._filesystem_json(fs) for fs in self.filesystems.values()]})

    @handles("create_filesystem")
    def create_filesystem(self, call: Call) -> Reply:
        name, region = call.body["name"], call.body["region"]
        if region not in REGIONS:
            raise invalid(f"Region {region!r} does not exist.")
        if any(fs.name == name for fs in self.filesystems.values()):
            raise LambdaError(400, "global/duplicate", f"A filesystem named {name!r} already exists.")
        if len(self.filesystems) >= self.filesystem_quota:
            raise LambdaError(
                400, "global/quota-exceeded", "Quota exceeded.", "Contact Support to increase your quota."
            )
        fs = FileSystem(self.new_id(), name, region, self.clock.time())
        self.filesystems[fs.id] = fs
        self._event("filesystem", "created", fs.id, call.token, name=name, region=region)
        return Reply(200, {"data": self._filesystem_json(fs)})

    @handles("delete_filesystem")
    def delete_filesystem(self, call: Call) -> Reply:
        fs = self.filesystems.get(call.path["id"])
        if fs is None:
            raise LambdaError(404, "global/object-does-not-exist", "Filesystem was not found.")
        if self._in_use(fs):
            raise LambdaError(
                400,
                "filesystems/filesystem-in-use",
                f"Filesystem {fs.name!r} is mounted by an instance.",
                "Terminate the instances that use it first.",
            )
        del self.filesystems[fs.id]
        self._event("filesystem", "deleted", fs.id, call.token)
        return Reply(200, {"data": {"deleted_ids": [fs.id]}})

    # --- firewalls -------------------------------------------------------------------------------------

    @staticmethod
    def _checked_rules(rules: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for rule in rules:
            has_ports = "port_range" in rule
            if rule["protocol"] == "icmp" and has_ports:
                raise invalid("port_range is not allowed for icmp rules.")
            if rule["protocol"] != "icmp" and not has_ports:
                raise invalid(f"port_range is required for {rule['protocol']} rules.")
            if has_ports and rule["port_range"][0] > rule["port_range"][1]:
                raise invalid("port_range must be [first, last] with first <= last.")
            try:
                ipaddress.IPv4Network(rule["source_network"], strict=False)
            except ValueError:
                raise invalid(f"source_network {rule['source_network']!r} is not an IPv4 network.") from None
        return [dict(rule) for rule in rules]

    def _ruleset_json(self, ruleset: Ruleset) -> dict[str, Any]:
        users = self.ruleset_users(ruleset.id)
        return {
            "id": ruleset.id,
            "name": ruleset.name,
            "region": self._region(ruleset.region),
            "rules": ruleset.rules,
            "created": self._iso(ruleset.created),
            "instance_ids": users,
        }

    def _ruleset(self, ruleset_id: str) -> Ruleset:
        ruleset = self.rulesets.get(ruleset_id)
        if ruleset is None:
            raise LambdaError(
                404,
                "global/object-does-not-exist",
                "Firewall ruleset does not exist or you do not have permission to access it.",
                "Check your firewall ruleset ID and try again.",
            )
        return ruleset

    @handles("list_firewall_rules")
    def list_firewall_rules(self, call: Call) -> Reply:
        return Reply(200, {"data": self.firewall_rules})

    @handles("replace_firewall_rules")
    def replace_firewall_rules(self, call: Call) -> Reply:
        self.firewall_rules = self._checked_rules(call.body["data"])
        self._event("firewall_rules", "updated", self.account, call.token, rules=len(self.firewall_rules))
        return Reply(200, {"data": self.firewall_rules})

    @handles("list_firewall_rulesets")
    def list_firewall_rulesets(self, call: Call) -> Reply:
        return Reply(200, {"data": [self._ruleset_json(r) for r in self.rulesets.values()]})

    @handles("create_firewall_ruleset")
    def create_firewall_ruleset(self, call: Call) -> Reply:
        body = call.body
        if body["region"] not in REGIONS:
            raise invalid(f"Region {body['region']!r} does not exist.")
        if len(self.rulesets) >= self.ruleset_quota:
            raise LambdaError(
                400, "global/quota-exceeded", "Quota exceeded.", "Contact Support to increase your quota."
            )
        ruleset = Ruleset(
            self.new_id(), body["name"], body["region"], self._checked_rules(body["rules"]), self.clock.time()
        )
        self.rulesets[ruleset.id] = ruleset
        self._event("firewall_ruleset", "created", ruleset.id, call.token, name=ruleset.name)
        return Reply(200, {"data": self._ruleset_json(ruleset)})

    @handles("get_firewall_ruleset")
    def get_firewall_ruleset(self, call: Call) -> Reply:
        return Reply(200, {"data": self._ruleset_json(self._ruleset(call.path["id"]))})

    @handles("update_firewall_ruleset")
    def update_firewall_ruleset(self, call: Call) -> Reply:
        ruleset = self._ruleset(call.path["id"])
        if "rules" in call.body:
            ruleset.rules = self._checked_rules(call.body["rules"])
        if "name" in call.body:
            ruleset.name = call.body["name"]
        return Reply(200, {"data": self._ruleset_json(ruleset)})

    @handles("delete_firewall_ruleset")
    def delete_firewall_ruleset(self, call: Call) -> Reply:
        ruleset = self._ruleset(call.path["id"])
        if self._ruleset_json(ruleset)["instance_ids"]:
            raise LambdaError(
                400,
                "firewall-rulesets/firewall-ruleset-in-use",
                "Firewall ruleset is in use by one or more instances.",
                "Terminate all instances that are using the ruleset before deleting it.",
            )
        del self.rulesets[ruleset.id]
        self._event("firewall_ruleset", "deleted", ruleset.id, call.token)
        return Reply(200, {"data": {}})

    @handles("get_global_firewall_ruleset", "update_global_firewall_ruleset")
    def global_firewall_ruleset(self, call: Call) -> Reply:
        if call.op.method == "PATCH" and "rules" in call.body:
            self.global_rules = self._checked_rules(call.body["rules"])
        return Reply(
            200, {"data": {"id": "global", "name": "Default Workspace Global Rules", "rules": self.global_rules}}
        )

    # --- audit events ----------------------------------------------------------------------------------

    @handles("list_audit_events")
    def list_audit_events(self, call: Call) -> Reply:
        events = list(reversed(self.events))  # newest first
        start, end = call.query.get("start"), call.query.get("end")
        if start is not None:
            events = [e for e in events if _parse_time(e["event_time"]) >= _parse_time(start)]
        if end is not None:
            events = [e for e in events if _parse_time(e["event_time"]) <= _parse_time(end)]
        if call.query.get("resource_type"):
            wanted = call.query["resource_type"]
            events = [e for e in events if f"{e['service_name']}.{e['resource_name']}" == wanted]
        offset = _page_offset(call.query.get("page_token"))
        page = events[offset : offset + self.page_size]
        more = offset + self.page_size < len(events)
        return Reply(200, {"data": page, "page_token": _page_token(offset + self.page_size) if more else None})

    # --- fabric partitions -----------------------------------------------------------------------------

    def _partition(self, partition_id: str) -> dict[str, Any]:
        found = self.fabric.get(partition_id)
        if found is None:
            raise LambdaError(404, "global/not-found", "The requested resource was not found.")
        return found

    @handles("create_fabric_partition")
    def create_fabric_partition(self, call: Call) -> Reply:
        body = call.body
        if body["region"] not in REGIONS:
            raise invalid(f"Region {body['region']!r} does not exist.")
        partition = {
            "id": self.new_id(),
            "created": self._iso(self.clock.time()),
            "name": body["name"],
            "workspace_id": body.get("workspace_id") or self.workspace_id,
            "region": self._region(body["region"]),
        }
        self.fabric[partition["id"]] = partition
        self._event("fabric_partition", "created", partition["id"], call.token, name=body["name"])
        return Reply(200, {"data": partition})

    @handles("update_fabric_partition")
    def update_fabric_partition(self, call: Call) -> Reply:
        partition = self._partition(call.path["id"])
        partition["name"] = call.body["name"]
        return Reply(200, {"data": partition})

    @handles("delete_fabric_partition")
    def delete_fabric_partition(self, call: Call) -> Reply:
        partition = self._partition(call.path["id"])
        del self.fabric[partition["id"]]
        self._event("fabric_partition", "deleted", partition["id"], call.token)
        return Reply(200, {"data": {}})

    # --- support tickets -------------------------------------------------------------------------------

    def _ticket(self, ticket_id: str) -> Ticket:
        ticket = self.tickets.get(ticket_id)
        if ticket is None:
            raise LambdaError(404, "global/not-found", "Ticket not found.", "Check the ticket ID and try again.")
        return ticket

    def _ticket_json(self, ticket: Ticket) -> dict[str, Any]:
        body: dict[str, Any] = {
            "id": ticket.id,
            "subject": ticket.subject,
            "description": ticket.description,
            "type": ticket.type,
            "status": ticket.status,
            "external_ticket_provider": "zendesk",
            "external_ticket_id": ticket.external_id,
            "created_at": self._iso(ticket.created_at),
            "updated_at": self._iso(ticket.updated_at),
            "comments": ticket.comments,
        }
        if ticket.severity:
            body["severity"] = ticket.severity
        if ticket.resolved_at is not None:
            body["resolved_at"] = self._iso(ticket.resolved_at)
        return body

    @handles("list_tickets")
    def list_tickets(self, call: Call) -> Reply:
        tickets = list(self.tickets.values())
        for key in ("status", "type", "severity"):
            if call.query.get(key):
                tickets = [t for t in tickets if getattr(t, key) in call.query[key]]
        stamp = "updated_at" if call.query.get("order_by") == "updated_at" else "created_at"
        tickets.sort(key=lambda t: getattr(t, stamp), reverse=call.query.get("direction", "desc") == "desc")
        offset = _page_offset(call.query.get("page_token"))
        page = tickets[offset : offset + self.page_size]
        more = offset + self.page_size < len(tickets)
        return Reply(
            200,
            {
                "data": {
                    "tickets": [self._ticket_json(t) for t in page],
                    "page_token": _page_token(offset + self.page_size) if more else None,
                }
            },
        )

    @handles("create_ticket")
    def create_ticket(self, call: Call) -> Reply:
        body = call.body
        severity = body.get("severity")
        if body["type"] == "incident" and not severity:
            raise invalid("An incident needs a severity (sev_1, sev_2 or sev_3).")
        if body["type"] == "service_request" and severity:
            raise invalid("A service request has no severity.")
        if body.get("instance_id") and not self.has_instance(body["instance_id"]):
            raise not_found("Instance", body["instance_id"])
        now = self.clock.time()
        ticket = Ticket(
            self.new_id(),
            body["subject"],
            body["description"],
            body["type"],
            severity,
            "open",
            now,
            now,
            str(100000 + len(self.tickets)),
            {k: body[k] for k in ("ip", "instance_id", "cluster_id") if body.get(k)},
        )
        self.tickets[ticket.id] = ticket
        self._event("ticket", "created", ticket.id, call.token, type=ticket.type)
        data = {
            "id": ticket.id,
            "status": ticket.status,
            "type": ticket.type,
            "created_at": self._iso(now),
            "external_ticket_provider": "zendesk",
            "external_ticket_id": ticket.external_id,
        }
        if severity:
            data["severity"] = severity
        return Reply(200, {"data": data})

    @handles("get_ticket")
    def get_ticket(self, call: Call) -> Reply:
        return Reply(200, {"data": self._ticket_json(self._ticket(call.path["ticket_id"]))})

    @handles("update_ticket")
    def update_ticket(self, call: Call) -> Reply:
        ticket = self._ticket(call.path["ticket_id"])
        now = self.clock.time()
        if call.body.get("severity"):
            if ticket.type != "incident":
                raise invalid("Only incidents have a severity.")
            ticket.severity = call.body["severity"]
        if call.body.get("comment"):
            ticket.comments.append(
                {"body": call.body["comment"]["body"], "author": self.user["email"], "created_at": self._iso(now)}
            )
        if call.body.get("status") == "solved":
            ticket.status, ticket.resolved_at = "solved", now
        ticket.updated_at = now
        return Reply(202, {"data": {}})

    def _attachment(self, call: Call) -> tuple[Ticket, dict[str, Any]]:
        ticket = self._ticket(call.path["ticket_id"])
        found = ticket.attachments.get(call.path["attachment_id"])
        if found is None or found["upload_status"] == "deleted":
            raise LambdaError(
                404, "global/object-does-not-exist", "Attachment not found.", "Check the attachment ID and try again."
            )
        return ticket, found

    @handles("list_ticket_attachments")
    def list_ticket_attachments(self, call: Call) -> Reply:
        ticket = self._ticket(call.path["ticket_id"])
        wanted = call.query.get("status")
        rows = [
            a
            for a in ticket.attachments.values()
            if (a["upload_status"] == wanted if wanted else a["upload_status"] != "deleted")
        ]
        return Reply(200, {"data": {"attachments": rows}})

    @handles("start_ticket_attachment_upload")
    def start_ticket_attachment_upload(self, call: Call) -> Reply:
        ticket = self._ticket(call.path["ticket_id"])
        body = call.body
        if body["size_bytes"] > 50 * 1024 * 1024:
            raise invalid("Attachments are limited to 50 MB.")
        attachment = {
            "id": self.new_id(),
            "filename": body["filename"],
            "content_type": body["content_type"],
            "size_bytes": body["size_bytes"],
            "upload_status": "pending",
            "created_at": self._iso(self.clock.time()),
        }
        ticket.attachments[attachment["id"]] = attachment
        url = f"https://support-uploads.lambda.ai/{ticket.id}/{attachment['id']}?X-Amz-Expires=900&X-Amz-Signature="
        return Reply(
            200,
            {
                "data": {
                    "attachment_id": attachment["id"],
                    "upload_url": url + self.new_id(),
                    "upload_method": "PUT",
                    "upload_status": "pending",
                    "expires_in": 900,
                }
            },
        )

    @handles("complete_ticket_attachment_upload")
    def complete_ticket_attachment_upload(self, call: Call) -> Reply:
        _, attachment = self._attachment(call)
        attachment["upload_status"] = "uploaded"
        attachment["uploaded_at"] = self._iso(self.clock.time())
        return Reply(200, {"data": attachment})

    @handles("get_ticket_attachment_download_url")
    def get_ticket_attachment_download_url(self, call: Call) -> Reply:
        ticket, attachment = self._attachment(call)
        if attachment["upload_status"] != "uploaded":
            raise invalid("The attachment has not been uploaded yet.")
        url = f"https://support-uploads.lambda.ai/{ticket.id}/{attachment['id']}?X-Amz-Expires=300&X-Amz-Signature="
        return Reply(200, {"data": {"download_url": url + self.new_id(), "expires_in": 300}})

    @handles("delete_ticket_attachment")
    def delete_ticket_attachment(self, call: Call) -> Reply:
        _, attachment = self._attachment(call)
        attachment["upload_status"] = "deleted"
        return Reply(200, {"data": {}})


def _looks_like_public_key(text: str) -> bool:
    parts = text.strip().split()
    if len(parts) < 2 or not parts[0].startswith(("ssh-", "ecdsa-sha2-", "sk-")):
        return False
    try:
        blob = base64.b64decode(parts[1], validate=True)
    except binascii.Error:
        return False
    return blob[4 : 4 + len(parts[0])] == parts[0].encode()


def _parse_time(text: str) -> datetime:
    when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _page_token(offset: int) -> str:
    return base64.urlsafe_b64encode(json.dumps({"offset": offset}).encode()).decode().rstrip("=")


def _page_offset(token: str | None) -> int:
    if not token:
        return 0
    try:
        offset = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))["offset"]
    except (ValueError, KeyError, TypeError, binascii.Error):
        raise invalid("page_token is not a token this API gave out.") from None
    if not isinstance(offset, int) or offset < 0:
        raise invalid("page_token is not a token this API gave out.")
    return offset
