import { graphql } from '../graphql/generated';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      role
      member {
        id
        user {
          id
          name
          email
        }
      }
      workspace {
        id
        name
      }
      workspaces {
        id
        name
      }
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      workspace {
        id
      }
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {
    acceptInvitation(token: $token, name: $name, password: $password) {
      workspace {
        id
      }
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const SwitchWorkspaceMutation = graphql(`
  mutation SwitchWorkspace($workspaceId: ID!) {
    switchWorkspace(workspaceId: $workspaceId) {
      workspace {
        id
      }
    }
  }
`);
