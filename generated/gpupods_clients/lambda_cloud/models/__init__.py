"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (``models.Pod``, ``from .models import Pod``), so a program
that calls a few operations does not load every model of the API.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_error_account_inactive import ApiErrorAccountInactive
    from .api_error_account_inactive_code import ApiErrorAccountInactiveCode
    from .api_error_conflict import ApiErrorConflict
    from .api_error_conflict_code import ApiErrorConflictCode
    from .api_error_duplicate import ApiErrorDuplicate
    from .api_error_duplicate_code import ApiErrorDuplicateCode
    from .api_error_file_system_in_wrong_region import ApiErrorFileSystemInWrongRegion
    from .api_error_file_system_in_wrong_region_code import (
        ApiErrorFileSystemInWrongRegionCode,
    )
    from .api_error_filesystem_in_use import ApiErrorFilesystemInUse
    from .api_error_filesystem_in_use_code import ApiErrorFilesystemInUseCode
    from .api_error_filesystem_not_found import ApiErrorFilesystemNotFound
    from .api_error_filesystem_not_found_code import ApiErrorFilesystemNotFoundCode
    from .api_error_firewall_ruleset_in_use import ApiErrorFirewallRulesetInUse
    from .api_error_firewall_ruleset_in_use_code import ApiErrorFirewallRulesetInUseCode
    from .api_error_firewall_ruleset_not_found import ApiErrorFirewallRulesetNotFound
    from .api_error_firewall_ruleset_not_found_code import (
        ApiErrorFirewallRulesetNotFoundCode,
    )
    from .api_error_forbidden import ApiErrorForbidden
    from .api_error_forbidden_code import ApiErrorForbiddenCode
    from .api_error_instance_not_found import ApiErrorInstanceNotFound
    from .api_error_instance_not_found_code import ApiErrorInstanceNotFoundCode
    from .api_error_insufficient_capacity import ApiErrorInsufficientCapacity
    from .api_error_insufficient_capacity_code import ApiErrorInsufficientCapacityCode
    from .api_error_internal import ApiErrorInternal
    from .api_error_internal_code import ApiErrorInternalCode
    from .api_error_invalid_billing_address import ApiErrorInvalidBillingAddress
    from .api_error_invalid_billing_address_code import (
        ApiErrorInvalidBillingAddressCode,
    )
    from .api_error_invalid_parameters import ApiErrorInvalidParameters
    from .api_error_invalid_parameters_code import ApiErrorInvalidParametersCode
    from .api_error_launch_resource_not_found import ApiErrorLaunchResourceNotFound
    from .api_error_launch_resource_not_found_code import (
        ApiErrorLaunchResourceNotFoundCode,
    )
    from .api_error_not_found import ApiErrorNotFound
    from .api_error_not_found_code import ApiErrorNotFoundCode
    from .api_error_quota_exceeded import ApiErrorQuotaExceeded
    from .api_error_quota_exceeded_code import ApiErrorQuotaExceededCode
    from .api_error_resource_not_found import ApiErrorResourceNotFound
    from .api_error_resource_not_found_code import ApiErrorResourceNotFoundCode
    from .api_error_ticket_not_found import ApiErrorTicketNotFound
    from .api_error_ticket_not_found_code import ApiErrorTicketNotFoundCode
    from .api_error_unauthorized import ApiErrorUnauthorized
    from .api_error_unauthorized_code import ApiErrorUnauthorizedCode
    from .attachment import Attachment
    from .attachment_download_response import AttachmentDownloadResponse
    from .attachment_initiate_response import AttachmentInitiateResponse
    from .attachment_list_response import AttachmentListResponse
    from .attachment_upload_status import AttachmentUploadStatus
    from .audit_event import AuditEvent
    from .audit_event_additional_details import AuditEventAdditionalDetails
    from .complete_ticket_attachment_upload_response_200 import (
        CompleteTicketAttachmentUploadResponse200,
    )
    from .complete_ticket_attachment_upload_response_400 import (
        CompleteTicketAttachmentUploadResponse400,
    )
    from .complete_ticket_attachment_upload_response_401 import (
        CompleteTicketAttachmentUploadResponse401,
    )
    from .complete_ticket_attachment_upload_response_403 import (
        CompleteTicketAttachmentUploadResponse403,
    )
    from .complete_ticket_attachment_upload_response_403_error import (
        CompleteTicketAttachmentUploadResponse403Error,
    )
    from .complete_ticket_attachment_upload_response_403_error_code import (
        CompleteTicketAttachmentUploadResponse403ErrorCode,
    )
    from .complete_ticket_attachment_upload_response_404 import (
        CompleteTicketAttachmentUploadResponse404,
    )
    from .complete_ticket_attachment_upload_response_404_error import (
        CompleteTicketAttachmentUploadResponse404Error,
    )
    from .complete_ticket_attachment_upload_response_404_error_code import (
        CompleteTicketAttachmentUploadResponse404ErrorCode,
    )
    from .create_fabric_partition_create_fabric_partition_request import (
        CreateFabricPartitionCreateFabricPartitionRequest,
    )
    from .create_fabric_partition_response_200 import CreateFabricPartitionResponse200
    from .create_fabric_partition_response_400 import CreateFabricPartitionResponse400
    from .create_fabric_partition_response_401 import CreateFabricPartitionResponse401
    from .create_fabric_partition_response_403 import CreateFabricPartitionResponse403
    from .create_fabric_partition_response_404 import CreateFabricPartitionResponse404
    from .create_filesystem_filesystem_create_request import (
        CreateFilesystemFilesystemCreateRequest,
    )
    from .create_filesystem_response_200 import CreateFilesystemResponse200
    from .create_filesystem_response_400 import CreateFilesystemResponse400
    from .create_filesystem_response_400_error import CreateFilesystemResponse400Error
    from .create_filesystem_response_400_error_code import (
        CreateFilesystemResponse400ErrorCode,
    )
    from .create_filesystem_response_401 import CreateFilesystemResponse401
    from .create_filesystem_response_403 import CreateFilesystemResponse403
    from .create_filesystem_response_403_error import CreateFilesystemResponse403Error
    from .create_filesystem_response_403_error_code import (
        CreateFilesystemResponse403ErrorCode,
    )
    from .create_filesystem_response_404 import CreateFilesystemResponse404
    from .create_firewall_ruleset_firewall_ruleset_create_request import (
        CreateFirewallRulesetFirewallRulesetCreateRequest,
    )
    from .create_firewall_ruleset_response_200 import CreateFirewallRulesetResponse200
    from .create_firewall_ruleset_response_400 import CreateFirewallRulesetResponse400
    from .create_firewall_ruleset_response_400_error import (
        CreateFirewallRulesetResponse400Error,
    )
    from .create_firewall_ruleset_response_400_error_code import (
        CreateFirewallRulesetResponse400ErrorCode,
    )
    from .create_firewall_ruleset_response_401 import CreateFirewallRulesetResponse401
    from .create_firewall_ruleset_response_403 import CreateFirewallRulesetResponse403
    from .create_firewall_ruleset_response_404 import CreateFirewallRulesetResponse404
    from .create_firewall_ruleset_response_409 import CreateFirewallRulesetResponse409
    from .create_ssh_key_add_ssh_key_request import CreateSshKeyAddSSHKeyRequest
    from .create_ssh_key_response_200 import CreateSshKeyResponse200
    from .create_ssh_key_response_400 import CreateSshKeyResponse400
    from .create_ssh_key_response_401 import CreateSshKeyResponse401
    from .create_ssh_key_response_403 import CreateSshKeyResponse403
    from .create_ssh_key_response_404 import CreateSshKeyResponse404
    from .create_ticket_response_200 import CreateTicketResponse200
    from .create_ticket_response_400 import CreateTicketResponse400
    from .create_ticket_response_401 import CreateTicketResponse401
    from .create_ticket_response_403 import CreateTicketResponse403
    from .create_ticket_response_403_error import CreateTicketResponse403Error
    from .create_ticket_response_403_error_code import CreateTicketResponse403ErrorCode
    from .create_ticket_response_404 import CreateTicketResponse404
    from .create_ticket_ticket_create_request import CreateTicketTicketCreateRequest
    from .delete_fabric_partition_response_200 import DeleteFabricPartitionResponse200
    from .delete_fabric_partition_response_400 import DeleteFabricPartitionResponse400
    from .delete_fabric_partition_response_401 import DeleteFabricPartitionResponse401
    from .delete_fabric_partition_response_403 import DeleteFabricPartitionResponse403
    from .delete_fabric_partition_response_404 import DeleteFabricPartitionResponse404
    from .delete_filesystem_response_200 import DeleteFilesystemResponse200
    from .delete_filesystem_response_400 import DeleteFilesystemResponse400
    from .delete_filesystem_response_400_error import DeleteFilesystemResponse400Error
    from .delete_filesystem_response_400_error_code import (
        DeleteFilesystemResponse400ErrorCode,
    )
    from .delete_filesystem_response_401 import DeleteFilesystemResponse401
    from .delete_filesystem_response_403 import DeleteFilesystemResponse403
    from .delete_filesystem_response_404 import DeleteFilesystemResponse404
    from .delete_firewall_ruleset_response_200 import DeleteFirewallRulesetResponse200
    from .delete_firewall_ruleset_response_400 import DeleteFirewallRulesetResponse400
    from .delete_firewall_ruleset_response_400_error import (
        DeleteFirewallRulesetResponse400Error,
    )
    from .delete_firewall_ruleset_response_400_error_code import (
        DeleteFirewallRulesetResponse400ErrorCode,
    )
    from .delete_firewall_ruleset_response_401 import DeleteFirewallRulesetResponse401
    from .delete_firewall_ruleset_response_403 import DeleteFirewallRulesetResponse403
    from .delete_firewall_ruleset_response_404 import DeleteFirewallRulesetResponse404
    from .delete_firewall_ruleset_response_409 import DeleteFirewallRulesetResponse409
    from .delete_ssh_key_response_200 import DeleteSshKeyResponse200
    from .delete_ssh_key_response_400 import DeleteSshKeyResponse400
    from .delete_ssh_key_response_401 import DeleteSshKeyResponse401
    from .delete_ssh_key_response_403 import DeleteSshKeyResponse403
    from .delete_ssh_key_response_404 import DeleteSshKeyResponse404
    from .delete_ticket_attachment_response_200 import DeleteTicketAttachmentResponse200
    from .delete_ticket_attachment_response_400 import DeleteTicketAttachmentResponse400
    from .delete_ticket_attachment_response_401 import DeleteTicketAttachmentResponse401
    from .delete_ticket_attachment_response_403 import DeleteTicketAttachmentResponse403
    from .delete_ticket_attachment_response_403_error import (
        DeleteTicketAttachmentResponse403Error,
    )
    from .delete_ticket_attachment_response_403_error_code import (
        DeleteTicketAttachmentResponse403ErrorCode,
    )
    from .delete_ticket_attachment_response_404 import DeleteTicketAttachmentResponse404
    from .delete_ticket_attachment_response_404_error import (
        DeleteTicketAttachmentResponse404Error,
    )
    from .delete_ticket_attachment_response_404_error_code import (
        DeleteTicketAttachmentResponse404ErrorCode,
    )
    from .empty_response import EmptyResponse
    from .fabric_partition import FabricPartition
    from .filesystem import Filesystem
    from .filesystem_delete_response import FilesystemDeleteResponse
    from .filesystem_mount_entry import FilesystemMountEntry
    from .firewall_rule import FirewallRule
    from .firewall_ruleset import FirewallRuleset
    from .firewall_ruleset_entry import FirewallRulesetEntry
    from .generated_ssh_key import GeneratedSSHKey
    from .get_firewall_ruleset_response_200 import GetFirewallRulesetResponse200
    from .get_firewall_ruleset_response_400 import GetFirewallRulesetResponse400
    from .get_firewall_ruleset_response_401 import GetFirewallRulesetResponse401
    from .get_firewall_ruleset_response_403 import GetFirewallRulesetResponse403
    from .get_firewall_ruleset_response_404 import GetFirewallRulesetResponse404
    from .get_global_firewall_ruleset_response_200 import (
        GetGlobalFirewallRulesetResponse200,
    )
    from .get_global_firewall_ruleset_response_400 import (
        GetGlobalFirewallRulesetResponse400,
    )
    from .get_global_firewall_ruleset_response_401 import (
        GetGlobalFirewallRulesetResponse401,
    )
    from .get_global_firewall_ruleset_response_403 import (
        GetGlobalFirewallRulesetResponse403,
    )
    from .get_global_firewall_ruleset_response_404 import (
        GetGlobalFirewallRulesetResponse404,
    )
    from .get_instance_response_200 import GetInstanceResponse200
    from .get_instance_response_400 import GetInstanceResponse400
    from .get_instance_response_401 import GetInstanceResponse401
    from .get_instance_response_403 import GetInstanceResponse403
    from .get_instance_response_403_error import GetInstanceResponse403Error
    from .get_instance_response_403_error_code import GetInstanceResponse403ErrorCode
    from .get_instance_response_404 import GetInstanceResponse404
    from .get_ticket_attachment_download_url_response_200 import (
        GetTicketAttachmentDownloadUrlResponse200,
    )
    from .get_ticket_attachment_download_url_response_400 import (
        GetTicketAttachmentDownloadUrlResponse400,
    )
    from .get_ticket_attachment_download_url_response_401 import (
        GetTicketAttachmentDownloadUrlResponse401,
    )
    from .get_ticket_attachment_download_url_response_403 import (
        GetTicketAttachmentDownloadUrlResponse403,
    )
    from .get_ticket_attachment_download_url_response_403_error import (
        GetTicketAttachmentDownloadUrlResponse403Error,
    )
    from .get_ticket_attachment_download_url_response_403_error_code import (
        GetTicketAttachmentDownloadUrlResponse403ErrorCode,
    )
    from .get_ticket_attachment_download_url_response_404 import (
        GetTicketAttachmentDownloadUrlResponse404,
    )
    from .get_ticket_attachment_download_url_response_404_error import (
        GetTicketAttachmentDownloadUrlResponse404Error,
    )
    from .get_ticket_attachment_download_url_response_404_error_code import (
        GetTicketAttachmentDownloadUrlResponse404ErrorCode,
    )
    from .get_ticket_response_200 import GetTicketResponse200
    from .get_ticket_response_400 import GetTicketResponse400
    from .get_ticket_response_401 import GetTicketResponse401
    from .get_ticket_response_403 import GetTicketResponse403
    from .get_ticket_response_404 import GetTicketResponse404
    from .global_firewall_ruleset import GlobalFirewallRuleset
    from .global_firewall_ruleset_id import GlobalFirewallRulesetId
    from .image import Image
    from .image_architecture import ImageArchitecture
    from .image_specification_family import ImageSpecificationFamily
    from .image_specification_id import ImageSpecificationID
    from .instance import Instance
    from .instance_action_availability import InstanceActionAvailability
    from .instance_action_availability_details import InstanceActionAvailabilityDetails
    from .instance_action_unavailable_code import InstanceActionUnavailableCode
    from .instance_instance_image import InstanceInstanceImage
    from .instance_launch_response import InstanceLaunchResponse
    from .instance_restart_response import InstanceRestartResponse
    from .instance_status import InstanceStatus
    from .instance_terminate_response import InstanceTerminateResponse
    from .instance_type import InstanceType
    from .instance_type_specs import InstanceTypeSpecs
    from .instance_types import InstanceTypes
    from .instance_types_item import InstanceTypesItem
    from .launch_instance_instance_launch_request import (
        LaunchInstanceInstanceLaunchRequest,
    )
    from .launch_instance_response_200 import LaunchInstanceResponse200
    from .launch_instance_response_400 import LaunchInstanceResponse400
    from .launch_instance_response_400_error import LaunchInstanceResponse400Error
    from .launch_instance_response_400_error_code import (
        LaunchInstanceResponse400ErrorCode,
    )
    from .launch_instance_response_401 import LaunchInstanceResponse401
    from .launch_instance_response_403 import LaunchInstanceResponse403
    from .launch_instance_response_403_error import LaunchInstanceResponse403Error
    from .launch_instance_response_403_error_code import (
        LaunchInstanceResponse403ErrorCode,
    )
    from .launch_instance_response_404 import LaunchInstanceResponse404
    from .list_audit_events_response_200 import ListAuditEventsResponse200
    from .list_audit_events_response_400 import ListAuditEventsResponse400
    from .list_audit_events_response_401 import ListAuditEventsResponse401
    from .list_audit_events_response_403 import ListAuditEventsResponse403
    from .list_audit_events_response_404 import ListAuditEventsResponse404
    from .list_filesystems_response_200 import ListFilesystemsResponse200
    from .list_filesystems_response_400 import ListFilesystemsResponse400
    from .list_filesystems_response_401 import ListFilesystemsResponse401
    from .list_filesystems_response_403 import ListFilesystemsResponse403
    from .list_filesystems_response_404 import ListFilesystemsResponse404
    from .list_firewall_rules_response_200 import ListFirewallRulesResponse200
    from .list_firewall_rules_response_401 import ListFirewallRulesResponse401
    from .list_firewall_rules_response_403 import ListFirewallRulesResponse403
    from .list_firewall_rules_response_404 import ListFirewallRulesResponse404
    from .list_firewall_rulesets_response_200 import ListFirewallRulesetsResponse200
    from .list_firewall_rulesets_response_400 import ListFirewallRulesetsResponse400
    from .list_firewall_rulesets_response_401 import ListFirewallRulesetsResponse401
    from .list_firewall_rulesets_response_403 import ListFirewallRulesetsResponse403
    from .list_firewall_rulesets_response_404 import ListFirewallRulesetsResponse404
    from .list_images_response_200 import ListImagesResponse200
    from .list_images_response_400 import ListImagesResponse400
    from .list_images_response_401 import ListImagesResponse401
    from .list_images_response_403 import ListImagesResponse403
    from .list_images_response_404 import ListImagesResponse404
    from .list_instance_types_response_200 import ListInstanceTypesResponse200
    from .list_instance_types_response_400 import ListInstanceTypesResponse400
    from .list_instance_types_response_401 import ListInstanceTypesResponse401
    from .list_instance_types_response_403 import ListInstanceTypesResponse403
    from .list_instance_types_response_404 import ListInstanceTypesResponse404
    from .list_instances_response_200 import ListInstancesResponse200
    from .list_instances_response_400 import ListInstancesResponse400
    from .list_instances_response_401 import ListInstancesResponse401
    from .list_instances_response_403 import ListInstancesResponse403
    from .list_instances_response_403_error import ListInstancesResponse403Error
    from .list_instances_response_403_error_code import (
        ListInstancesResponse403ErrorCode,
    )
    from .list_instances_response_404 import ListInstancesResponse404
    from .list_regions_response_200 import ListRegionsResponse200
    from .list_regions_response_401 import ListRegionsResponse401
    from .list_regions_response_403 import ListRegionsResponse403
    from .list_regions_response_404 import ListRegionsResponse404
    from .list_ssh_keys_response_200 import ListSshKeysResponse200
    from .list_ssh_keys_response_400 import ListSshKeysResponse400
    from .list_ssh_keys_response_401 import ListSshKeysResponse401
    from .list_ssh_keys_response_403 import ListSshKeysResponse403
    from .list_ssh_keys_response_404 import ListSshKeysResponse404
    from .list_ticket_attachments_response_200 import ListTicketAttachmentsResponse200
    from .list_ticket_attachments_response_400 import ListTicketAttachmentsResponse400
    from .list_ticket_attachments_response_401 import ListTicketAttachmentsResponse401
    from .list_ticket_attachments_response_403 import ListTicketAttachmentsResponse403
    from .list_ticket_attachments_response_403_error import (
        ListTicketAttachmentsResponse403Error,
    )
    from .list_ticket_attachments_response_403_error_code import (
        ListTicketAttachmentsResponse403ErrorCode,
    )
    from .list_ticket_attachments_response_404 import ListTicketAttachmentsResponse404
    from .list_tickets_response_200 import ListTicketsResponse200
    from .list_tickets_response_400 import ListTicketsResponse400
    from .list_tickets_response_401 import ListTicketsResponse401
    from .list_tickets_response_403 import ListTicketsResponse403
    from .list_tickets_response_404 import ListTicketsResponse404
    from .network_protocol import NetworkProtocol
    from .region import Region
    from .replace_firewall_rules_firewall_rules_put_request import (
        ReplaceFirewallRulesFirewallRulesPutRequest,
    )
    from .replace_firewall_rules_response_200 import ReplaceFirewallRulesResponse200
    from .replace_firewall_rules_response_400 import ReplaceFirewallRulesResponse400
    from .replace_firewall_rules_response_401 import ReplaceFirewallRulesResponse401
    from .replace_firewall_rules_response_403 import ReplaceFirewallRulesResponse403
    from .replace_firewall_rules_response_404 import ReplaceFirewallRulesResponse404
    from .requested_filesystem_mount_entry import RequestedFilesystemMountEntry
    from .requested_tag_entry import RequestedTagEntry
    from .restart_instances_instance_restart_request import (
        RestartInstancesInstanceRestartRequest,
    )
    from .restart_instances_response_200 import RestartInstancesResponse200
    from .restart_instances_response_400 import RestartInstancesResponse400
    from .restart_instances_response_401 import RestartInstancesResponse401
    from .restart_instances_response_403 import RestartInstancesResponse403
    from .restart_instances_response_404 import RestartInstancesResponse404
    from .restart_instances_response_409 import RestartInstancesResponse409
    from .sort_direction import SortDirection
    from .ssh_key import SSHKey
    from .start_ticket_attachment_upload_attachment_initiate_request import (
        StartTicketAttachmentUploadAttachmentInitiateRequest,
    )
    from .start_ticket_attachment_upload_response_200 import (
        StartTicketAttachmentUploadResponse200,
    )
    from .start_ticket_attachment_upload_response_400 import (
        StartTicketAttachmentUploadResponse400,
    )
    from .start_ticket_attachment_upload_response_401 import (
        StartTicketAttachmentUploadResponse401,
    )
    from .start_ticket_attachment_upload_response_403 import (
        StartTicketAttachmentUploadResponse403,
    )
    from .start_ticket_attachment_upload_response_403_error import (
        StartTicketAttachmentUploadResponse403Error,
    )
    from .start_ticket_attachment_upload_response_403_error_code import (
        StartTicketAttachmentUploadResponse403ErrorCode,
    )
    from .start_ticket_attachment_upload_response_404 import (
        StartTicketAttachmentUploadResponse404,
    )
    from .tag_entry import TagEntry
    from .terminate_instances_instance_terminate_request import (
        TerminateInstancesInstanceTerminateRequest,
    )
    from .terminate_instances_response_200 import TerminateInstancesResponse200
    from .terminate_instances_response_400 import TerminateInstancesResponse400
    from .terminate_instances_response_401 import TerminateInstancesResponse401
    from .terminate_instances_response_403 import TerminateInstancesResponse403
    from .terminate_instances_response_404 import TerminateInstancesResponse404
    from .ticket import Ticket
    from .ticket_comment import TicketComment
    from .ticket_comment_input import TicketCommentInput
    from .ticket_create_response import TicketCreateResponse
    from .ticket_list_response import TicketListResponse
    from .ticket_order_by_field import TicketOrderByField
    from .ticket_request_type import TicketRequestType
    from .ticket_severity import TicketSeverity
    from .ticket_status import TicketStatus
    from .ticket_type import TicketType
    from .update_fabric_partition_response_200 import UpdateFabricPartitionResponse200
    from .update_fabric_partition_response_400 import UpdateFabricPartitionResponse400
    from .update_fabric_partition_response_401 import UpdateFabricPartitionResponse401
    from .update_fabric_partition_response_403 import UpdateFabricPartitionResponse403
    from .update_fabric_partition_response_404 import UpdateFabricPartitionResponse404
    from .update_fabric_partition_update_fabric_partition_request import (
        UpdateFabricPartitionUpdateFabricPartitionRequest,
    )
    from .update_firewall_ruleset_firewall_ruleset_patch_request import (
        UpdateFirewallRulesetFirewallRulesetPatchRequest,
    )
    from .update_firewall_ruleset_response_200 import UpdateFirewallRulesetResponse200
    from .update_firewall_ruleset_response_400 import UpdateFirewallRulesetResponse400
    from .update_firewall_ruleset_response_401 import UpdateFirewallRulesetResponse401
    from .update_firewall_ruleset_response_403 import UpdateFirewallRulesetResponse403
    from .update_firewall_ruleset_response_404 import UpdateFirewallRulesetResponse404
    from .update_firewall_ruleset_response_409 import UpdateFirewallRulesetResponse409
    from .update_global_firewall_ruleset_global_firewall_ruleset_patch_request import (
        UpdateGlobalFirewallRulesetGlobalFirewallRulesetPatchRequest,
    )
    from .update_global_firewall_ruleset_response_200 import (
        UpdateGlobalFirewallRulesetResponse200,
    )
    from .update_global_firewall_ruleset_response_400 import (
        UpdateGlobalFirewallRulesetResponse400,
    )
    from .update_global_firewall_ruleset_response_401 import (
        UpdateGlobalFirewallRulesetResponse401,
    )
    from .update_global_firewall_ruleset_response_403 import (
        UpdateGlobalFirewallRulesetResponse403,
    )
    from .update_global_firewall_ruleset_response_404 import (
        UpdateGlobalFirewallRulesetResponse404,
    )
    from .update_global_firewall_ruleset_response_409 import (
        UpdateGlobalFirewallRulesetResponse409,
    )
    from .update_instance_instance_modification_request import (
        UpdateInstanceInstanceModificationRequest,
    )
    from .update_instance_response_200 import UpdateInstanceResponse200
    from .update_instance_response_400 import UpdateInstanceResponse400
    from .update_instance_response_401 import UpdateInstanceResponse401
    from .update_instance_response_403 import UpdateInstanceResponse403
    from .update_instance_response_404 import UpdateInstanceResponse404
    from .update_ticket_response_202 import UpdateTicketResponse202
    from .update_ticket_response_400 import UpdateTicketResponse400
    from .update_ticket_response_401 import UpdateTicketResponse401
    from .update_ticket_response_403 import UpdateTicketResponse403
    from .update_ticket_response_404 import UpdateTicketResponse404
    from .update_ticket_ticket_update_request import UpdateTicketTicketUpdateRequest
    from .update_ticket_ticket_update_request_status import (
        UpdateTicketTicketUpdateRequestStatus,
    )
    from .user import User
    from .user_status import UserStatus

_MODULES = {
    "ApiErrorAccountInactive": ".api_error_account_inactive",
    "ApiErrorAccountInactiveCode": ".api_error_account_inactive_code",
    "ApiErrorConflict": ".api_error_conflict",
    "ApiErrorConflictCode": ".api_error_conflict_code",
    "ApiErrorDuplicate": ".api_error_duplicate",
    "ApiErrorDuplicateCode": ".api_error_duplicate_code",
    "ApiErrorFileSystemInWrongRegion": ".api_error_file_system_in_wrong_region",
    "ApiErrorFileSystemInWrongRegionCode": ".api_error_file_system_in_wrong_region_code",
    "ApiErrorFilesystemInUse": ".api_error_filesystem_in_use",
    "ApiErrorFilesystemInUseCode": ".api_error_filesystem_in_use_code",
    "ApiErrorFilesystemNotFound": ".api_error_filesystem_not_found",
    "ApiErrorFilesystemNotFoundCode": ".api_error_filesystem_not_found_code",
    "ApiErrorFirewallRulesetInUse": ".api_error_firewall_ruleset_in_use",
    "ApiErrorFirewallRulesetInUseCode": ".api_error_firewall_ruleset_in_use_code",
    "ApiErrorFirewallRulesetNotFound": ".api_error_firewall_ruleset_not_found",
    "ApiErrorFirewallRulesetNotFoundCode": ".api_error_firewall_ruleset_not_found_code",
    "ApiErrorForbidden": ".api_error_forbidden",
    "ApiErrorForbiddenCode": ".api_error_forbidden_code",
    "ApiErrorInstanceNotFound": ".api_error_instance_not_found",
    "ApiErrorInstanceNotFoundCode": ".api_error_instance_not_found_code",
    "ApiErrorInsufficientCapacity": ".api_error_insufficient_capacity",
    "ApiErrorInsufficientCapacityCode": ".api_error_insufficient_capacity_code",
    "ApiErrorInternal": ".api_error_internal",
    "ApiErrorInternalCode": ".api_error_internal_code",
    "ApiErrorInvalidBillingAddress": ".api_error_invalid_billing_address",
    "ApiErrorInvalidBillingAddressCode": ".api_error_invalid_billing_address_code",
    "ApiErrorInvalidParameters": ".api_error_invalid_parameters",
    "ApiErrorInvalidParametersCode": ".api_error_invalid_parameters_code",
    "ApiErrorLaunchResourceNotFound": ".api_error_launch_resource_not_found",
    "ApiErrorLaunchResourceNotFoundCode": ".api_error_launch_resource_not_found_code",
    "ApiErrorNotFound": ".api_error_not_found",
    "ApiErrorNotFoundCode": ".api_error_not_found_code",
    "ApiErrorQuotaExceeded": ".api_error_quota_exceeded",
    "ApiErrorQuotaExceededCode": ".api_error_quota_exceeded_code",
    "ApiErrorResourceNotFound": ".api_error_resource_not_found",
    "ApiErrorResourceNotFoundCode": ".api_error_resource_not_found_code",
    "ApiErrorTicketNotFound": ".api_error_ticket_not_found",
    "ApiErrorTicketNotFoundCode": ".api_error_ticket_not_found_code",
    "ApiErrorUnauthorized": ".api_error_unauthorized",
    "ApiErrorUnauthorizedCode": ".api_error_unauthorized_code",
    "Attachment": ".attachment",
    "AttachmentDownloadResponse": ".attachment_download_response",
    "AttachmentInitiateResponse": ".attachment_initiate_response",
    "AttachmentListResponse": ".attachment_list_response",
    "AttachmentUploadStatus": ".attachment_upload_status",
    "AuditEvent": ".audit_event",
    "AuditEventAdditionalDetails": ".audit_event_additional_details",
    "CompleteTicketAttachmentUploadResponse200": ".complete_ticket_attachment_upload_response_200",
    "CompleteTicketAttachmentUploadResponse400": ".complete_ticket_attachment_upload_response_400",
    "CompleteTicketAttachmentUploadResponse401": ".complete_ticket_attachment_upload_response_401",
    "CompleteTicketAttachmentUploadResponse403": ".complete_ticket_attachment_upload_response_403",
    "CompleteTicketAttachmentUploadResponse403Error": ".complete_ticket_attachment_upload_response_403_error",
    "CompleteTicketAttachmentUploadResponse403ErrorCode": ".complete_ticket_attachment_upload_response_403_error_code",
    "CompleteTicketAttachmentUploadResponse404": ".complete_ticket_attachment_upload_response_404",
    "CompleteTicketAttachmentUploadResponse404Error": ".complete_ticket_attachment_upload_response_404_error",
    "CompleteTicketAttachmentUploadResponse404ErrorCode": ".complete_ticket_attachment_upload_response_404_error_code",
    "CreateFabricPartitionCreateFabricPartitionRequest": ".create_fabric_partition_create_fabric_partition_request",
    "CreateFabricPartitionResponse200": ".create_fabric_partition_response_200",
    "CreateFabricPartitionResponse400": ".create_fabric_partition_response_400",
    "CreateFabricPartitionResponse401": ".create_fabric_partition_response_401",
    "CreateFabricPartitionResponse403": ".create_fabric_partition_response_403",
    "CreateFabricPartitionResponse404": ".create_fabric_partition_response_404",
    "CreateFilesystemFilesystemCreateRequest": ".create_filesystem_filesystem_create_request",
    "CreateFilesystemResponse200": ".create_filesystem_response_200",
    "CreateFilesystemResponse400": ".create_filesystem_response_400",
    "CreateFilesystemResponse400Error": ".create_filesystem_response_400_error",
    "CreateFilesystemResponse400ErrorCode": ".create_filesystem_response_400_error_code",
    "CreateFilesystemResponse401": ".create_filesystem_response_401",
    "CreateFilesystemResponse403": ".create_filesystem_response_403",
    "CreateFilesystemResponse403Error": ".create_filesystem_response_403_error",
    "CreateFilesystemResponse403ErrorCode": ".create_filesystem_response_403_error_code",
    "CreateFilesystemResponse404": ".create_filesystem_response_404",
    "CreateFirewallRulesetFirewallRulesetCreateRequest": ".create_firewall_ruleset_firewall_ruleset_create_request",
    "CreateFirewallRulesetResponse200": ".create_firewall_ruleset_response_200",
    "CreateFirewallRulesetResponse400": ".create_firewall_ruleset_response_400",
    "CreateFirewallRulesetResponse400Error": ".create_firewall_ruleset_response_400_error",
    "CreateFirewallRulesetResponse400ErrorCode": ".create_firewall_ruleset_response_400_error_code",
    "CreateFirewallRulesetResponse401": ".create_firewall_ruleset_response_401",
    "CreateFirewallRulesetResponse403": ".create_firewall_ruleset_response_403",
    "CreateFirewallRulesetResponse404": ".create_firewall_ruleset_response_404",
    "CreateFirewallRulesetResponse409": ".create_firewall_ruleset_response_409",
    "CreateSshKeyAddSSHKeyRequest": ".create_ssh_key_add_ssh_key_request",
    "CreateSshKeyResponse200": ".create_ssh_key_response_200",
    "CreateSshKeyResponse400": ".create_ssh_key_response_400",
    "CreateSshKeyResponse401": ".create_ssh_key_response_401",
    "CreateSshKeyResponse403": ".create_ssh_key_response_403",
    "CreateSshKeyResponse404": ".create_ssh_key_response_404",
    "CreateTicketResponse200": ".create_ticket_response_200",
    "CreateTicketResponse400": ".create_ticket_response_400",
    "CreateTicketResponse401": ".create_ticket_response_401",
    "CreateTicketResponse403": ".create_ticket_response_403",
    "CreateTicketResponse403Error": ".create_ticket_response_403_error",
    "CreateTicketResponse403ErrorCode": ".create_ticket_response_403_error_code",
    "CreateTicketResponse404": ".create_ticket_response_404",
    "CreateTicketTicketCreateRequest": ".create_ticket_ticket_create_request",
    "DeleteFabricPartitionResponse200": ".delete_fabric_partition_response_200",
    "DeleteFabricPartitionResponse400": ".delete_fabric_partition_response_400",
    "DeleteFabricPartitionResponse401": ".delete_fabric_partition_response_401",
    "DeleteFabricPartitionResponse403": ".delete_fabric_partition_response_403",
    "DeleteFabricPartitionResponse404": ".delete_fabric_partition_response_404",
    "DeleteFilesystemResponse200": ".delete_filesystem_response_200",
    "DeleteFilesystemResponse400": ".delete_filesystem_response_400",
    "DeleteFilesystemResponse400Error": ".delete_filesystem_response_400_error",
    "DeleteFilesystemResponse400ErrorCode": ".delete_filesystem_response_400_error_code",
    "DeleteFilesystemResponse401": ".delete_filesystem_response_401",
    "DeleteFilesystemResponse403": ".delete_filesystem_response_403",
    "DeleteFilesystemResponse404": ".delete_filesystem_response_404",
    "DeleteFirewallRulesetResponse200": ".delete_firewall_ruleset_response_200",
    "DeleteFirewallRulesetResponse400": ".delete_firewall_ruleset_response_400",
    "DeleteFirewallRulesetResponse400Error": ".delete_firewall_ruleset_response_400_error",
    "DeleteFirewallRulesetResponse400ErrorCode": ".delete_firewall_ruleset_response_400_error_code",
    "DeleteFirewallRulesetResponse401": ".delete_firewall_ruleset_response_401",
    "DeleteFirewallRulesetResponse403": ".delete_firewall_ruleset_response_403",
    "DeleteFirewallRulesetResponse404": ".delete_firewall_ruleset_response_404",
    "DeleteFirewallRulesetResponse409": ".delete_firewall_ruleset_response_409",
    "DeleteSshKeyResponse200": ".delete_ssh_key_response_200",
    "DeleteSshKeyResponse400": ".delete_ssh_key_response_400",
    "DeleteSshKeyResponse401": ".delete_ssh_key_response_401",
    "DeleteSshKeyResponse403": ".delete_ssh_key_response_403",
    "DeleteSshKeyResponse404": ".delete_ssh_key_response_404",
    "DeleteTicketAttachmentResponse200": ".delete_ticket_attachment_response_200",
    "DeleteTicketAttachmentResponse400": ".delete_ticket_attachment_response_400",
    "DeleteTicketAttachmentResponse401": ".delete_ticket_attachment_response_401",
    "DeleteTicketAttachmentResponse403": ".delete_ticket_attachment_response_403",
    "DeleteTicketAttachmentResponse403Error": ".delete_ticket_attachment_response_403_error",
    "DeleteTicketAttachmentResponse403ErrorCode": ".delete_ticket_attachment_response_403_error_code",
    "DeleteTicketAttachmentResponse404": ".delete_ticket_attachment_response_404",
    "DeleteTicketAttachmentResponse404Error": ".delete_ticket_attachment_response_404_error",
    "DeleteTicketAttachmentResponse404ErrorCode": ".delete_ticket_attachment_response_404_error_code",
    "EmptyResponse": ".empty_response",
    "FabricPartition": ".fabric_partition",
    "Filesystem": ".filesystem",
    "FilesystemDeleteResponse": ".filesystem_delete_response",
    "FilesystemMountEntry": ".filesystem_mount_entry",
    "FirewallRule": ".firewall_rule",
    "FirewallRuleset": ".firewall_ruleset",
    "FirewallRulesetEntry": ".firewall_ruleset_entry",
    "GeneratedSSHKey": ".generated_ssh_key",
    "GetFirewallRulesetResponse200": ".get_firewall_ruleset_response_200",
    "GetFirewallRulesetResponse400": ".get_firewall_ruleset_response_400",
    "GetFirewallRulesetResponse401": ".get_firewall_ruleset_response_401",
    "GetFirewallRulesetResponse403": ".get_firewall_ruleset_response_403",
    "GetFirewallRulesetResponse404": ".get_firewall_ruleset_response_404",
    "GetGlobalFirewallRulesetResponse200": ".get_global_firewall_ruleset_response_200",
    "GetGlobalFirewallRulesetResponse400": ".get_global_firewall_ruleset_response_400",
    "GetGlobalFirewallRulesetResponse401": ".get_global_firewall_ruleset_response_401",
    "GetGlobalFirewallRulesetResponse403": ".get_global_firewall_ruleset_response_403",
    "GetGlobalFirewallRulesetResponse404": ".get_global_firewall_ruleset_response_404",
    "GetInstanceResponse200": ".get_instance_response_200",
    "GetInstanceResponse400": ".get_instance_response_400",
    "GetInstanceResponse401": ".get_instance_response_401",
    "GetInstanceResponse403": ".get_instance_response_403",
    "GetInstanceResponse403Error": ".get_instance_response_403_error",
    "GetInstanceResponse403ErrorCode": ".get_instance_response_403_error_code",
    "GetInstanceResponse404": ".get_instance_response_404",
    "GetTicketAttachmentDownloadUrlResponse200": ".get_ticket_attachment_download_url_response_200",
    "GetTicketAttachmentDownloadUrlResponse400": ".get_ticket_attachment_download_url_response_400",
    "GetTicketAttachmentDownloadUrlResponse401": ".get_ticket_attachment_download_url_response_401",
    "GetTicketAttachmentDownloadUrlResponse403": ".get_ticket_attachment_download_url_response_403",
    "GetTicketAttachmentDownloadUrlResponse403Error": ".get_ticket_attachment_download_url_response_403_error",
    "GetTicketAttachmentDownloadUrlResponse403ErrorCode": ".get_ticket_attachment_download_url_response_403_error_code",
    "GetTicketAttachmentDownloadUrlResponse404": ".get_ticket_attachment_download_url_response_404",
    "GetTicketAttachmentDownloadUrlResponse404Error": ".get_ticket_attachment_download_url_response_404_error",
    "GetTicketAttachmentDownloadUrlResponse404ErrorCode": ".get_ticket_attachment_download_url_response_404_error_code",
    "GetTicketResponse200": ".get_ticket_response_200",
    "GetTicketResponse400": ".get_ticket_response_400",
    "GetTicketResponse401": ".get_ticket_response_401",
    "GetTicketResponse403": ".get_ticket_response_403",
    "GetTicketResponse404": ".get_ticket_response_404",
    "GlobalFirewallRuleset": ".global_firewall_ruleset",
    "GlobalFirewallRulesetId": ".global_firewall_ruleset_id",
    "Image": ".image",
    "ImageArchitecture": ".image_architecture",
    "ImageSpecificationFamily": ".image_specification_family",
    "ImageSpecificationID": ".image_specification_id",
    "Instance": ".instance",
    "InstanceActionAvailability": ".instance_action_availability",
    "InstanceActionAvailabilityDetails": ".instance_action_availability_details",
    "InstanceActionUnavailableCode": ".instance_action_unavailable_code",
    "InstanceInstanceImage": ".instance_instance_image",
    "InstanceLaunchResponse": ".instance_launch_response",
    "InstanceRestartResponse": ".instance_restart_response",
    "InstanceStatus": ".instance_status",
    "InstanceTerminateResponse": ".instance_terminate_response",
    "InstanceType": ".instance_type",
    "InstanceTypeSpecs": ".instance_type_specs",
    "InstanceTypes": ".instance_types",
    "InstanceTypesItem": ".instance_types_item",
    "LaunchInstanceInstanceLaunchRequest": ".launch_instance_instance_launch_request",
    "LaunchInstanceResponse200": ".launch_instance_response_200",
    "LaunchInstanceResponse400": ".launch_instance_response_400",
    "LaunchInstanceResponse400Error": ".launch_instance_response_400_error",
    "LaunchInstanceResponse400ErrorCode": ".launch_instance_response_400_error_code",
    "LaunchInstanceResponse401": ".launch_instance_response_401",
    "LaunchInstanceResponse403": ".launch_instance_response_403",
    "LaunchInstanceResponse403Error": ".launch_instance_response_403_error",
    "LaunchInstanceResponse403ErrorCode": ".launch_instance_response_403_error_code",
    "LaunchInstanceResponse404": ".launch_instance_response_404",
    "ListAuditEventsResponse200": ".list_audit_events_response_200",
    "ListAuditEventsResponse400": ".list_audit_events_response_400",
    "ListAuditEventsResponse401": ".list_audit_events_response_401",
    "ListAuditEventsResponse403": ".list_audit_events_response_403",
    "ListAuditEventsResponse404": ".list_audit_events_response_404",
    "ListFilesystemsResponse200": ".list_filesystems_response_200",
    "ListFilesystemsResponse400": ".list_filesystems_response_400",
    "ListFilesystemsResponse401": ".list_filesystems_response_401",
    "ListFilesystemsResponse403": ".list_filesystems_response_403",
    "ListFilesystemsResponse404": ".list_filesystems_response_404",
    "ListFirewallRulesResponse200": ".list_firewall_rules_response_200",
    "ListFirewallRulesResponse401": ".list_firewall_rules_response_401",
    "ListFirewallRulesResponse403": ".list_firewall_rules_response_403",
    "ListFirewallRulesResponse404": ".list_firewall_rules_response_404",
    "ListFirewallRulesetsResponse200": ".list_firewall_rulesets_response_200",
    "ListFirewallRulesetsResponse400": ".list_firewall_rulesets_response_400",
    "ListFirewallRulesetsResponse401": ".list_firewall_rulesets_response_401",
    "ListFirewallRulesetsResponse403": ".list_firewall_rulesets_response_403",
    "ListFirewallRulesetsResponse404": ".list_firewall_rulesets_response_404",
    "ListImagesResponse200": ".list_images_response_200",
    "ListImagesResponse400": ".list_images_response_400",
    "ListImagesResponse401": ".list_images_response_401",
    "ListImagesResponse403": ".list_images_response_403",
    "ListImagesResponse404": ".list_images_response_404",
    "ListInstanceTypesResponse200": ".list_instance_types_response_200",
    "ListInstanceTypesResponse400": ".list_instance_types_response_400",
    "ListInstanceTypesResponse401": ".list_instance_types_response_401",
    "ListInstanceTypesResponse403": ".list_instance_types_response_403",
    "ListInstanceTypesResponse404": ".list_instance_types_response_404",
    "ListInstancesResponse200": ".list_instances_response_200",
    "ListInstancesResponse400": ".list_instances_response_400",
    "ListInstancesResponse401": ".list_instances_response_401",
    "ListInstancesResponse403": ".list_instances_response_403",
    "ListInstancesResponse403Error": ".list_instances_response_403_error",
    "ListInstancesResponse403ErrorCode": ".list_instances_response_403_error_code",
    "ListInstancesResponse404": ".list_instances_response_404",
    "ListRegionsResponse200": ".list_regions_response_200",
    "ListRegionsResponse401": ".list_regions_response_401",
    "ListRegionsResponse403": ".list_regions_response_403",
    "ListRegionsResponse404": ".list_regions_response_404",
    "ListSshKeysResponse200": ".list_ssh_keys_response_200",
    "ListSshKeysResponse400": ".list_ssh_keys_response_400",
    "ListSshKeysResponse401": ".list_ssh_keys_response_401",
    "ListSshKeysResponse403": ".list_ssh_keys_response_403",
    "ListSshKeysResponse404": ".list_ssh_keys_response_404",
    "ListTicketAttachmentsResponse200": ".list_ticket_attachments_response_200",
    "ListTicketAttachmentsResponse400": ".list_ticket_attachments_response_400",
    "ListTicketAttachmentsResponse401": ".list_ticket_attachments_response_401",
    "ListTicketAttachmentsResponse403": ".list_ticket_attachments_response_403",
    "ListTicketAttachmentsResponse403Error": ".list_ticket_attachments_response_403_error",
    "ListTicketAttachmentsResponse403ErrorCode": ".list_ticket_attachments_response_403_error_code",
    "ListTicketAttachmentsResponse404": ".list_ticket_attachments_response_404",
    "ListTicketsResponse200": ".list_tickets_response_200",
    "ListTicketsResponse400": ".list_tickets_response_400",
    "ListTicketsResponse401": ".list_tickets_response_401",
    "ListTicketsResponse403": ".list_tickets_response_403",
    "ListTicketsResponse404": ".list_tickets_response_404",
    "NetworkProtocol": ".network_protocol",
    "Region": ".region",
    "ReplaceFirewallRulesFirewallRulesPutRequest": ".replace_firewall_rules_firewall_rules_put_request",
    "ReplaceFirewallRulesResponse200": ".replace_firewall_rules_response_200",
    "ReplaceFirewallRulesResponse400": ".replace_firewall_rules_response_400",
    "ReplaceFirewallRulesResponse401": ".replace_firewall_rules_response_401",
    "ReplaceFirewallRulesResponse403": ".replace_firewall_rules_response_403",
    "ReplaceFirewallRulesResponse404": ".replace_firewall_rules_response_404",
    "RequestedFilesystemMountEntry": ".requested_filesystem_mount_entry",
    "RequestedTagEntry": ".requested_tag_entry",
    "RestartInstancesInstanceRestartRequest": ".restart_instances_instance_restart_request",
    "RestartInstancesResponse200": ".restart_instances_response_200",
    "RestartInstancesResponse400": ".restart_instances_response_400",
    "RestartInstancesResponse401": ".restart_instances_response_401",
    "RestartInstancesResponse403": ".restart_instances_response_403",
    "RestartInstancesResponse404": ".restart_instances_response_404",
    "RestartInstancesResponse409": ".restart_instances_response_409",
    "SortDirection": ".sort_direction",
    "SSHKey": ".ssh_key",
    "StartTicketAttachmentUploadAttachmentInitiateRequest": ".start_ticket_attachment_upload_attachment_initiate_request",
    "StartTicketAttachmentUploadResponse200": ".start_ticket_attachment_upload_response_200",
    "StartTicketAttachmentUploadResponse400": ".start_ticket_attachment_upload_response_400",
    "StartTicketAttachmentUploadResponse401": ".start_ticket_attachment_upload_response_401",
    "StartTicketAttachmentUploadResponse403": ".start_ticket_attachment_upload_response_403",
    "StartTicketAttachmentUploadResponse403Error": ".start_ticket_attachment_upload_response_403_error",
    "StartTicketAttachmentUploadResponse403ErrorCode": ".start_ticket_attachment_upload_response_403_error_code",
    "StartTicketAttachmentUploadResponse404": ".start_ticket_attachment_upload_response_404",
    "TagEntry": ".tag_entry",
    "TerminateInstancesInstanceTerminateRequest": ".terminate_instances_instance_terminate_request",
    "TerminateInstancesResponse200": ".terminate_instances_response_200",
    "TerminateInstancesResponse400": ".terminate_instances_response_400",
    "TerminateInstancesResponse401": ".terminate_instances_response_401",
    "TerminateInstancesResponse403": ".terminate_instances_response_403",
    "TerminateInstancesResponse404": ".terminate_instances_response_404",
    "Ticket": ".ticket",
    "TicketComment": ".ticket_comment",
    "TicketCommentInput": ".ticket_comment_input",
    "TicketCreateResponse": ".ticket_create_response",
    "TicketListResponse": ".ticket_list_response",
    "TicketOrderByField": ".ticket_order_by_field",
    "TicketRequestType": ".ticket_request_type",
    "TicketSeverity": ".ticket_severity",
    "TicketStatus": ".ticket_status",
    "TicketType": ".ticket_type",
    "UpdateFabricPartitionResponse200": ".update_fabric_partition_response_200",
    "UpdateFabricPartitionResponse400": ".update_fabric_partition_response_400",
    "UpdateFabricPartitionResponse401": ".update_fabric_partition_response_401",
    "UpdateFabricPartitionResponse403": ".update_fabric_partition_response_403",
    "UpdateFabricPartitionResponse404": ".update_fabric_partition_response_404",
    "UpdateFabricPartitionUpdateFabricPartitionRequest": ".update_fabric_partition_update_fabric_partition_request",
    "UpdateFirewallRulesetFirewallRulesetPatchRequest": ".update_firewall_ruleset_firewall_ruleset_patch_request",
    "UpdateFirewallRulesetResponse200": ".update_firewall_ruleset_response_200",
    "UpdateFirewallRulesetResponse400": ".update_firewall_ruleset_response_400",
    "UpdateFirewallRulesetResponse401": ".update_firewall_ruleset_response_401",
    "UpdateFirewallRulesetResponse403": ".update_firewall_ruleset_response_403",
    "UpdateFirewallRulesetResponse404": ".update_firewall_ruleset_response_404",
    "UpdateFirewallRulesetResponse409": ".update_firewall_ruleset_response_409",
    "UpdateGlobalFirewallRulesetGlobalFirewallRulesetPatchRequest": ".update_global_firewall_ruleset_global_firewall_ruleset_patch_request",
    "UpdateGlobalFirewallRulesetResponse200": ".update_global_firewall_ruleset_response_200",
    "UpdateGlobalFirewallRulesetResponse400": ".update_global_firewall_ruleset_response_400",
    "UpdateGlobalFirewallRulesetResponse401": ".update_global_firewall_ruleset_response_401",
    "UpdateGlobalFirewallRulesetResponse403": ".update_global_firewall_ruleset_response_403",
    "UpdateGlobalFirewallRulesetResponse404": ".update_global_firewall_ruleset_response_404",
    "UpdateGlobalFirewallRulesetResponse409": ".update_global_firewall_ruleset_response_409",
    "UpdateInstanceInstanceModificationRequest": ".update_instance_instance_modification_request",
    "UpdateInstanceResponse200": ".update_instance_response_200",
    "UpdateInstanceResponse400": ".update_instance_response_400",
    "UpdateInstanceResponse401": ".update_instance_response_401",
    "UpdateInstanceResponse403": ".update_instance_response_403",
    "UpdateInstanceResponse404": ".update_instance_response_404",
    "UpdateTicketResponse202": ".update_ticket_response_202",
    "UpdateTicketResponse400": ".update_ticket_response_400",
    "UpdateTicketResponse401": ".update_ticket_response_401",
    "UpdateTicketResponse403": ".update_ticket_response_403",
    "UpdateTicketResponse404": ".update_ticket_response_404",
    "UpdateTicketTicketUpdateRequest": ".update_ticket_ticket_update_request",
    "UpdateTicketTicketUpdateRequestStatus": ".update_ticket_ticket_update_request_status",
    "User": ".user",
    "UserStatus": ".user_status",
}

__all__ = (
    "ApiErrorAccountInactive",
    "ApiErrorAccountInactiveCode",
    "ApiErrorConflict",
    "ApiErrorConflictCode",
    "ApiErrorDuplicate",
    "ApiErrorDuplicateCode",
    "ApiErrorFilesystemInUse",
    "ApiErrorFilesystemInUseCode",
    "ApiErrorFileSystemInWrongRegion",
    "ApiErrorFileSystemInWrongRegionCode",
    "ApiErrorFilesystemNotFound",
    "ApiErrorFilesystemNotFoundCode",
    "ApiErrorFirewallRulesetInUse",
    "ApiErrorFirewallRulesetInUseCode",
    "ApiErrorFirewallRulesetNotFound",
    "ApiErrorFirewallRulesetNotFoundCode",
    "ApiErrorForbidden",
    "ApiErrorForbiddenCode",
    "ApiErrorInstanceNotFound",
    "ApiErrorInstanceNotFoundCode",
    "ApiErrorInsufficientCapacity",
    "ApiErrorInsufficientCapacityCode",
    "ApiErrorInternal",
    "ApiErrorInternalCode",
    "ApiErrorInvalidBillingAddress",
    "ApiErrorInvalidBillingAddressCode",
    "ApiErrorInvalidParameters",
    "ApiErrorInvalidParametersCode",
    "ApiErrorLaunchResourceNotFound",
    "ApiErrorLaunchResourceNotFoundCode",
    "ApiErrorNotFound",
    "ApiErrorNotFoundCode",
    "ApiErrorQuotaExceeded",
    "ApiErrorQuotaExceededCode",
    "ApiErrorResourceNotFound",
    "ApiErrorResourceNotFoundCode",
    "ApiErrorTicketNotFound",
    "ApiErrorTicketNotFoundCode",
    "ApiErrorUnauthorized",
    "ApiErrorUnauthorizedCode",
    "Attachment",
    "AttachmentDownloadResponse",
    "AttachmentInitiateResponse",
    "AttachmentListResponse",
    "AttachmentUploadStatus",
    "AuditEvent",
    "AuditEventAdditionalDetails",
    "CompleteTicketAttachmentUploadResponse200",
    "CompleteTicketAttachmentUploadResponse400",
    "CompleteTicketAttachmentUploadResponse401",
    "CompleteTicketAttachmentUploadResponse403",
    "CompleteTicketAttachmentUploadResponse403Error",
    "CompleteTicketAttachmentUploadResponse403ErrorCode",
    "CompleteTicketAttachmentUploadResponse404",
    "CompleteTicketAttachmentUploadResponse404Error",
    "CompleteTicketAttachmentUploadResponse404ErrorCode",
    "CreateFabricPartitionCreateFabricPartitionRequest",
    "CreateFabricPartitionResponse200",
    "CreateFabricPartitionResponse400",
    "CreateFabricPartitionResponse401",
    "CreateFabricPartitionResponse403",
    "CreateFabricPartitionResponse404",
    "CreateFilesystemFilesystemCreateRequest",
    "CreateFilesystemResponse200",
    "CreateFilesystemResponse400",
    "CreateFilesystemResponse400Error",
    "CreateFilesystemResponse400ErrorCode",
    "CreateFilesystemResponse401",
    "CreateFilesystemResponse403",
    "CreateFilesystemResponse403Error",
    "CreateFilesystemResponse403ErrorCode",
    "CreateFilesystemResponse404",
    "CreateFirewallRulesetFirewallRulesetCreateRequest",
    "CreateFirewallRulesetResponse200",
    "CreateFirewallRulesetResponse400",
    "CreateFirewallRulesetResponse400Error",
    "CreateFirewallRulesetResponse400ErrorCode",
    "CreateFirewallRulesetResponse401",
    "CreateFirewallRulesetResponse403",
    "CreateFirewallRulesetResponse404",
    "CreateFirewallRulesetResponse409",
    "CreateSshKeyAddSSHKeyRequest",
    "CreateSshKeyResponse200",
    "CreateSshKeyResponse400",
    "CreateSshKeyResponse401",
    "CreateSshKeyResponse403",
    "CreateSshKeyResponse404",
    "CreateTicketResponse200",
    "CreateTicketResponse400",
    "CreateTicketResponse401",
    "CreateTicketResponse403",
    "CreateTicketResponse403Error",
    "CreateTicketResponse403ErrorCode",
    "CreateTicketResponse404",
    "CreateTicketTicketCreateRequest",
    "DeleteFabricPartitionResponse200",
    "DeleteFabricPartitionResponse400",
    "DeleteFabricPartitionResponse401",
    "DeleteFabricPartitionResponse403",
    "DeleteFabricPartitionResponse404",
    "DeleteFilesystemResponse200",
    "DeleteFilesystemResponse400",
    "DeleteFilesystemResponse400Error",
    "DeleteFilesystemResponse400ErrorCode",
    "DeleteFilesystemResponse401",
    "DeleteFilesystemResponse403",
    "DeleteFilesystemResponse404",
    "DeleteFirewallRulesetResponse200",
    "DeleteFirewallRulesetResponse400",
    "DeleteFirewallRulesetResponse400Error",
    "DeleteFirewallRulesetResponse400ErrorCode",
    "DeleteFirewallRulesetResponse401",
    "DeleteFirewallRulesetResponse403",
    "DeleteFirewallRulesetResponse404",
    "DeleteFirewallRulesetResponse409",
    "DeleteSshKeyResponse200",
    "DeleteSshKeyResponse400",
    "DeleteSshKeyResponse401",
    "DeleteSshKeyResponse403",
    "DeleteSshKeyResponse404",
    "DeleteTicketAttachmentResponse200",
    "DeleteTicketAttachmentResponse400",
    "DeleteTicketAttachmentResponse401",
    "DeleteTicketAttachmentResponse403",
    "DeleteTicketAttachmentResponse403Error",
    "DeleteTicketAttachmentResponse403ErrorCode",
    "DeleteTicketAttachmentResponse404",
    "DeleteTicketAttachmentResponse404Error",
    "DeleteTicketAttachmentResponse404ErrorCode",
    "EmptyResponse",
    "FabricPartition",
    "Filesystem",
    "FilesystemDeleteResponse",
    "FilesystemMountEntry",
    "FirewallRule",
    "FirewallRuleset",
    "FirewallRulesetEntry",
    "GeneratedSSHKey",
    "GetFirewallRulesetResponse200",
    "GetFirewallRulesetResponse400",
    "GetFirewallRulesetResponse401",
    "GetFirewallRulesetResponse403",
    "GetFirewallRulesetResponse404",
    "GetGlobalFirewallRulesetResponse200",
    "GetGlobalFirewallRulesetResponse400",
    "GetGlobalFirewallRulesetResponse401",
    "GetGlobalFirewallRulesetResponse403",
    "GetGlobalFirewallRulesetResponse404",
    "GetInstanceResponse200",
    "GetInstanceResponse400",
    "GetInstanceResponse401",
    "GetInstanceResponse403",
    "GetInstanceResponse403Error",
    "GetInstanceResponse403ErrorCode",
    "GetInstanceResponse404",
    "GetTicketAttachmentDownloadUrlResponse200",
    "GetTicketAttachmentDownloadUrlResponse400",
    "GetTicketAttachmentDownloadUrlResponse401",
    "GetTicketAttachmentDownloadUrlResponse403",
    "GetTicketAttachmentDownloadUrlResponse403Error",
    "GetTicketAttachmentDownloadUrlResponse403ErrorCode",
    "GetTicketAttachmentDownloadUrlResponse404",
    "GetTicketAttachmentDownloadUrlResponse404Error",
    "GetTicketAttachmentDownloadUrlResponse404ErrorCode",
    "GetTicketResponse200",
    "GetTicketResponse400",
    "GetTicketResponse401",
    "GetTicketResponse403",
    "GetTicketResponse404",
    "GlobalFirewallRuleset",
    "GlobalFirewallRulesetId",
    "Image",
    "ImageArchitecture",
    "ImageSpecificationFamily",
    "ImageSpecificationID",
    "Instance",
    "InstanceActionAvailability",
    "InstanceActionAvailabilityDetails",
    "InstanceActionUnavailableCode",
    "InstanceInstanceImage",
    "InstanceLaunchResponse",
    "InstanceRestartResponse",
    "InstanceStatus",
    "InstanceTerminateResponse",
    "InstanceType",
    "InstanceTypes",
    "InstanceTypesItem",
    "InstanceTypeSpecs",
    "LaunchInstanceInstanceLaunchRequest",
    "LaunchInstanceResponse200",
    "LaunchInstanceResponse400",
    "LaunchInstanceResponse400Error",
    "LaunchInstanceResponse400ErrorCode",
    "LaunchInstanceResponse401",
    "LaunchInstanceResponse403",
    "LaunchInstanceResponse403Error",
    "LaunchInstanceResponse403ErrorCode",
    "LaunchInstanceResponse404",
    "ListAuditEventsResponse200",
    "ListAuditEventsResponse400",
    "ListAuditEventsResponse401",
    "ListAuditEventsResponse403",
    "ListAuditEventsResponse404",
    "ListFilesystemsResponse200",
    "ListFilesystemsResponse400",
    "ListFilesystemsResponse401",
    "ListFilesystemsResponse403",
    "ListFilesystemsResponse404",
    "ListFirewallRulesetsResponse200",
    "ListFirewallRulesetsResponse400",
    "ListFirewallRulesetsResponse401",
    "ListFirewallRulesetsResponse403",
    "ListFirewallRulesetsResponse404",
    "ListFirewallRulesResponse200",
    "ListFirewallRulesResponse401",
    "ListFirewallRulesResponse403",
    "ListFirewallRulesResponse404",
    "ListImagesResponse200",
    "ListImagesResponse400",
    "ListImagesResponse401",
    "ListImagesResponse403",
    "ListImagesResponse404",
    "ListInstancesResponse200",
    "ListInstancesResponse400",
    "ListInstancesResponse401",
    "ListInstancesResponse403",
    "ListInstancesResponse403Error",
    "ListInstancesResponse403ErrorCode",
    "ListInstancesResponse404",
    "ListInstanceTypesResponse200",
    "ListInstanceTypesResponse400",
    "ListInstanceTypesResponse401",
    "ListInstanceTypesResponse403",
    "ListInstanceTypesResponse404",
    "ListRegionsResponse200",
    "ListRegionsResponse401",
    "ListRegionsResponse403",
    "ListRegionsResponse404",
    "ListSshKeysResponse200",
    "ListSshKeysResponse400",
    "ListSshKeysResponse401",
    "ListSshKeysResponse403",
    "ListSshKeysResponse404",
    "ListTicketAttachmentsResponse200",
    "ListTicketAttachmentsResponse400",
    "ListTicketAttachmentsResponse401",
    "ListTicketAttachmentsResponse403",
    "ListTicketAttachmentsResponse403Error",
    "ListTicketAttachmentsResponse403ErrorCode",
    "ListTicketAttachmentsResponse404",
    "ListTicketsResponse200",
    "ListTicketsResponse400",
    "ListTicketsResponse401",
    "ListTicketsResponse403",
    "ListTicketsResponse404",
    "NetworkProtocol",
    "Region",
    "ReplaceFirewallRulesFirewallRulesPutRequest",
    "ReplaceFirewallRulesResponse200",
    "ReplaceFirewallRulesResponse400",
    "ReplaceFirewallRulesResponse401",
    "ReplaceFirewallRulesResponse403",
    "ReplaceFirewallRulesResponse404",
    "RequestedFilesystemMountEntry",
    "RequestedTagEntry",
    "RestartInstancesInstanceRestartRequest",
    "RestartInstancesResponse200",
    "RestartInstancesResponse400",
    "RestartInstancesResponse401",
    "RestartInstancesResponse403",
    "RestartInstancesResponse404",
    "RestartInstancesResponse409",
    "SortDirection",
    "SSHKey",
    "StartTicketAttachmentUploadAttachmentInitiateRequest",
    "StartTicketAttachmentUploadResponse200",
    "StartTicketAttachmentUploadResponse400",
    "StartTicketAttachmentUploadResponse401",
    "StartTicketAttachmentUploadResponse403",
    "StartTicketAttachmentUploadResponse403Error",
    "StartTicketAttachmentUploadResponse403ErrorCode",
    "StartTicketAttachmentUploadResponse404",
    "TagEntry",
    "TerminateInstancesInstanceTerminateRequest",
    "TerminateInstancesResponse200",
    "TerminateInstancesResponse400",
    "TerminateInstancesResponse401",
    "TerminateInstancesResponse403",
    "TerminateInstancesResponse404",
    "Ticket",
    "TicketComment",
    "TicketCommentInput",
    "TicketCreateResponse",
    "TicketListResponse",
    "TicketOrderByField",
    "TicketRequestType",
    "TicketSeverity",
    "TicketStatus",
    "TicketType",
    "UpdateFabricPartitionResponse200",
    "UpdateFabricPartitionResponse400",
    "UpdateFabricPartitionResponse401",
    "UpdateFabricPartitionResponse403",
    "UpdateFabricPartitionResponse404",
    "UpdateFabricPartitionUpdateFabricPartitionRequest",
    "UpdateFirewallRulesetFirewallRulesetPatchRequest",
    "UpdateFirewallRulesetResponse200",
    "UpdateFirewallRulesetResponse400",
    "UpdateFirewallRulesetResponse401",
    "UpdateFirewallRulesetResponse403",
    "UpdateFirewallRulesetResponse404",
    "UpdateFirewallRulesetResponse409",
    "UpdateGlobalFirewallRulesetGlobalFirewallRulesetPatchRequest",
    "UpdateGlobalFirewallRulesetResponse200",
    "UpdateGlobalFirewallRulesetResponse400",
    "UpdateGlobalFirewallRulesetResponse401",
    "UpdateGlobalFirewallRulesetResponse403",
    "UpdateGlobalFirewallRulesetResponse404",
    "UpdateGlobalFirewallRulesetResponse409",
    "UpdateInstanceInstanceModificationRequest",
    "UpdateInstanceResponse200",
    "UpdateInstanceResponse400",
    "UpdateInstanceResponse401",
    "UpdateInstanceResponse403",
    "UpdateInstanceResponse404",
    "UpdateTicketResponse202",
    "UpdateTicketResponse400",
    "UpdateTicketResponse401",
    "UpdateTicketResponse403",
    "UpdateTicketResponse404",
    "UpdateTicketTicketUpdateRequest",
    "UpdateTicketTicketUpdateRequestStatus",
    "User",
    "UserStatus",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
