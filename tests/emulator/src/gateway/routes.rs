//! The gateway's route table (platform.md §3.2): method + path → IAM action, the resource it is
//! authorized on, and the handler that serves it.

#[derive(Clone, Debug, PartialEq)]
pub enum Res {
    /// The workspace of the `anthropic-workspace-id` header.
    Workspace,
    /// Account-scoped action: resource `*`.
    Account,
    /// The workspace named in the path (GetWorkspace/UpdateWorkspace/ArchiveWorkspace).
    PathWorkspace(String),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Handler {
    Messages,
    CountTokens,
    ListModels,
    GetModel(String),
    CreateFile,
    ListFiles,
    GetFile(String),
    FileContent(String),
    DeleteFile(String),
    ListWorkspaces,
    CreateWorkspace,
    GetWorkspace(String),
    UpdateWorkspace(String),
    ArchiveWorkspace(String),
    CreateBatch,
    ListBatches,
    GetBatch(String),
    BatchResults(String),
    CancelBatch(String),
    DeleteBatch(String),
    /// Authorized like the real gateway but not emulated (501).
    NotImplemented,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Route {
    pub action: &'static str,
    pub res: Res,
    pub handler: Handler,
}

fn routed(action: &'static str, res: Res, handler: Handler) -> Option<Route> {
    Some(Route {
        action,
        res,
        handler,
    })
}

fn not_implemented(action: &'static str) -> Option<Route> {
    routed(action, Res::Workspace, Handler::NotImplemented)
}

/// Standard CRUD families of the managed-agents era routes (all 501, authorization only).
fn family(method: &str, rest: &[&str], a: [&'static str; 6]) -> Option<Route> {
    // a = [Create, Get, List, Update, Archive, Delete]
    let [create, get, list, update, archive, delete] = a;
    let pick = |s: &'static str| {
        if s.is_empty() {
            None
        } else {
            not_implemented(s)
        }
    };
    match (method, rest) {
        ("POST", []) => pick(create),
        ("GET", []) => pick(list),
        ("GET", [_, ..]) => pick(get),
        ("POST", [_, "archive"]) => pick(archive),
        ("DELETE", [_]) => pick(delete),
        ("POST", [_, ..]) | ("DELETE", [_, _, ..]) => pick(update),
        _ => None,
    }
}

/// Map a request to its route and IAM action; None = not available (denied by default).
pub fn route(method: &str, path: &str) -> Option<Route> {
    let rest = path.strip_prefix("/v1/")?;
    let segs: Vec<&str> = rest.split('/').collect();
    if segs.iter().any(|s| s.is_empty()) {
        return None;
    }
    use Handler as H;
    use Res::{Account, Workspace as Ws};
    let id = |s: &str| s.to_string();
    match (method, segs.as_slice()) {
        ("POST", ["messages"]) => routed("CreateInference", Ws, H::Messages),
        ("POST", ["messages", "count_tokens"]) => routed("CountTokens", Ws, H::CountTokens),
        ("POST", ["messages", "batches"]) => routed("CreateBatchInference", Ws, H::CreateBatch),
        ("GET", ["messages", "batches"]) => routed("ListBatchInferences", Ws, H::ListBatches),
        ("GET", ["messages", "batches", b]) => routed("GetBatchInference", Ws, H::GetBatch(id(b))),
        ("GET", ["messages", "batches", b, "results"]) => {
            routed("GetBatchInference", Ws, H::BatchResults(id(b)))
        }
        ("POST", ["messages", "batches", b, "cancel"]) => {
            routed("CancelBatchInference", Ws, H::CancelBatch(id(b)))
        }
        ("DELETE", ["messages", "batches", b]) => {
            routed("DeleteBatchInference", Ws, H::DeleteBatch(id(b)))
        }
        ("GET", ["models"]) => routed("ListModels", Ws, H::ListModels),
        ("GET", ["models", m]) => routed("GetModel", Ws, H::GetModel(id(m))),
        ("POST", ["files"]) => routed("CreateFile", Ws, H::CreateFile),
        ("GET", ["files"]) => routed("ListFiles", Ws, H::ListFiles),
        ("GET", ["files", f]) => routed("GetFile", Ws, H::GetFile(id(f))),
        ("GET", ["files", f, "content"]) => routed("GetFile", Ws, H::FileContent(id(f))),
        ("DELETE", ["files", f]) => routed("DeleteFile", Ws, H::DeleteFile(id(f))),
        ("POST", ["skills"]) => not_implemented("CreateSkill"),
        ("GET", ["skills"]) => not_implemented("ListSkills"),
        ("GET", ["skills", _, ..]) => not_implemented("GetSkill"),
        ("POST", ["skills", _, "versions"]) | ("DELETE", ["skills", _, "versions", _]) => {
            not_implemented("UpdateSkill")
        }
        ("DELETE", ["skills", _]) => not_implemented("DeleteSkill"),
        ("POST", ["user_profiles"]) => not_implemented("CreateUserProfile"),
        ("GET", ["user_profiles"]) => not_implemented("ListUserProfiles"),
        ("GET", ["user_profiles", _]) => not_implemented("GetUserProfile"),
        ("POST", ["user_profiles", _]) => not_implemented("UpdateUserProfile"),
        ("GET", ["environments", _, "work", "poll"])
        | ("POST", ["environments", _, "work", _, ..]) => not_implemented("ProcessEnvironmentWork"),
        ("POST", ["webhooks", _, "regenerate_signing_secret"]) => {
            not_implemented("RotateWebhookSecret")
        }
        (m, ["agents", rest @ ..]) => family(
            m,
            rest,
            [
                "CreateAgent",
                "GetAgent",
                "ListAgents",
                "UpdateAgent",
                "ArchiveAgent",
                "",
            ],
        ),
        (m, ["sessions", rest @ ..]) => family(
            m,
            rest,
            [
                "CreateSession",
                "GetSession",
                "ListSessions",
                "UpdateSession",
                "ArchiveSession",
                "DeleteSession",
            ],
        ),
        (m, ["environments", rest @ ..]) => family(
            m,
            rest,
            [
                "CreateEnvironment",
                "GetEnvironment",
                "ListEnvironments",
                "UpdateEnvironment",
                "ArchiveEnvironment",
                "DeleteEnvironment",
            ],
        ),
        (m, ["vaults", rest @ ..]) => family(
            m,
            rest,
            [
                "CreateVault",
                "GetVault",
                "ListVaults",
                "UpdateVault",
                "ArchiveVault",
                "DeleteVault",
            ],
        ),
        (m, ["memory_stores", rest @ ..]) => family(
            m,
            rest,
            [
                "CreateMemoryStore",
                "GetMemoryStore",
                "ListMemoryStores",
                "UpdateMemoryStore",
                "ArchiveMemoryStore",
                "DeleteMemoryStore",
            ],
        ),
        (m, ["webhooks", rest @ ..]) => family(
            m,
            rest,
            [
                "CreateWebhook",
                "GetWebhook",
                "ListWebhooks",
                "UpdateWebhook",
                "",
                "DeleteWebhook",
            ],
        ),
        ("GET", ["organizations", "workspaces"]) => {
            routed("ListWorkspaces", Account, H::ListWorkspaces)
        }
        ("POST", ["organizations", "workspaces"]) => {
            routed("CreateWorkspace", Account, H::CreateWorkspace)
        }
        ("GET", ["organizations", "workspaces", w]) => routed(
            "GetWorkspace",
            Res::PathWorkspace(id(w)),
            H::GetWorkspace(id(w)),
        ),
        ("POST", ["organizations", "workspaces", w]) => routed(
            "UpdateWorkspace",
            Res::PathWorkspace(id(w)),
            H::UpdateWorkspace(id(w)),
        ),
        ("POST", ["organizations", "workspaces", w, "archive"]) => routed(
            "ArchiveWorkspace",
            Res::PathWorkspace(id(w)),
            H::ArchiveWorkspace(id(w)),
        ),
        ("POST", ["organizations", "external_keys"]) => {
            routed("RegisterKey", Account, H::NotImplemented)
        }
        ("GET", ["organizations", "external_keys"]) => {
            routed("ListKeys", Account, H::NotImplemented)
        }
        ("GET", ["organizations", "external_keys", _]) => {
            routed("GetKey", Account, H::NotImplemented)
        }
        ("POST", ["organizations", "external_keys", _]) => {
            routed("UpdateKey", Account, H::NotImplemented)
        }
        ("DELETE", ["organizations", "external_keys", _]) => {
            routed("DisableKey", Account, H::NotImplemented)
        }
        ("GET", ["compliance", "activities"]) => {
            routed("ListComplianceActivities", Account, H::NotImplemented)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_map_to_actions() {
        let a = |m: &str, p: &str| route(m, p).map(|r| r.action);
        assert_eq!(a("POST", "/v1/messages"), Some("CreateInference"));
        assert_eq!(a("POST", "/v1/messages/count_tokens"), Some("CountTokens"));
        assert_eq!(
            a("GET", "/v1/messages/batches/b1/results"),
            Some("GetBatchInference")
        );
        assert_eq!(a("GET", "/v1/files/f1/content"), Some("GetFile"));
        assert_eq!(a("DELETE", "/v1/skills/s/versions/1"), Some("UpdateSkill"));
        assert_eq!(
            a("GET", "/v1/environments/e/work/poll"),
            Some("ProcessEnvironmentWork")
        );
        assert_eq!(
            a("GET", "/v1/environments/e/work/stats"),
            Some("GetEnvironment")
        );
        assert_eq!(a("POST", "/v1/sessions/s/archive"), Some("ArchiveSession"));
        assert_eq!(
            a("DELETE", "/v1/sessions/s/resources/r"),
            Some("UpdateSession")
        );
        assert_eq!(
            a("POST", "/v1/webhooks/w/regenerate_signing_secret"),
            Some("RotateWebhookSecret")
        );
        assert_eq!(
            a("GET", "/v1/organizations/workspaces"),
            Some("ListWorkspaces")
        );
        assert_eq!(
            route("GET", "/v1/organizations/workspaces/wrkspc_1").map(|r| r.res),
            Some(Res::PathWorkspace("wrkspc_1".into()))
        );
        assert_eq!(
            a("GET", "/v1/compliance/activities"),
            Some("ListComplianceActivities")
        );
        assert_eq!(a("GET", "/v1/organizations/api_keys"), None);
        assert_eq!(a("DELETE", "/v1/agents/a"), None);
        assert_eq!(a("GET", "/v2/models"), None);
    }
}
